/** Sign-in, sign-out and "who am I" — the only procedures an anonymous caller may use. */
import { signInSchema } from '@ldm/shared/schemas';
import { publicProcedure, router } from '../trpc';
import { signIn, signOut } from './service';

export const authRouter = router({
  signIn: publicProcedure.input(signInSchema).mutation(async ({ ctx, input }) => {
    const { user, session } = await signIn(ctx.db, ctx.signInLimiter, input, ctx.ip);
    ctx.http?.setSessionCookie(session.token, session.expires);
    return user;
  }),
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    await signOut(ctx.db, ctx.http?.sessionToken ?? null);
    ctx.http?.clearSessionCookie();
    return { ok: true };
  }),
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
