/** Sign-in, sign-out and "who am I" — the only procedures an anonymous caller may use. */
import { signInSchema } from '@ldm/shared/schemas';
import { TRPCError } from '@trpc/server';
import { DomainError } from '../errors';
import { publicProcedure, router } from '../trpc';
import { signIn, signOut } from './service';

export const authRouter = router({
  signIn: publicProcedure.input(signInSchema).mutation(async ({ ctx, input }) => {
    // One attempt per request: a batch of sign-ins is refused before any of them is counted.
    if (ctx.http?.batched)
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Sign in with a request of its own, not in a batch.' });
    try {
      const { user, session } = await signIn(ctx.db, ctx.signInLimits, input, ctx.ip);
      ctx.http?.setSessionCookie(session.token, session.expires);
      ctx.log.info({ userId: user.id, ip: ctx.ip }, 'signed in');
      return user;
    } catch (error) {
      // The email and address are logged to trace an attack; the password never is.
      if (error instanceof DomainError)
        ctx.log.warn({ email: input.email, ip: ctx.ip, code: error.code }, 'sign-in refused');
      throw error;
    }
  }),
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    await signOut(ctx.db, ctx.http?.sessionToken ?? null);
    ctx.http?.clearSessionCookie();
    return { ok: true };
  }),
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
