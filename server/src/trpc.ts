/**
 * The one place that creates tRPC: context, error formatting, and the procedure builders every
 * router uses. Access rules live here as middleware that narrows `ctx`; resolvers never check
 * roles themselves. Every procedure declares its `access` in `meta` — the access-matrix test
 * enumerates the router and fails for a procedure without one.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Context, SessionUser } from './context';
import { DomainError } from './errors';

/** Who may call a procedure; see `server/src/auth/policy.ts` for what each means. */
export type Access = 'public' | 'signedIn' | 'admin' | 'aggregates' | 'records' | 'write';

export interface Meta {
  access: Access;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      return {
        ...shape,
        // Internal errors never leak a stack or SQL text to the browser.
        message: error.code === 'INTERNAL_SERVER_ERROR' ? 'Something went wrong on the server. Please try again.' : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors: cause instanceof z.ZodError ? z.flattenError(cause).fieldErrors : null,
        },
      };
    },
  });

const DOMAIN_TO_TRPC = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
} as const;

/** Turns DomainErrors thrown anywhere below into tRPC errors with the same message. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: DOMAIN_TO_TRPC[cause.code], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

const base = t.procedure.use(domainErrors);

export const publicProcedure = base.meta({ access: 'public' });

export const signedInProcedure = base.meta({ access: 'signedIn' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return next({ ctx: { ...ctx, user: ctx.user satisfies SessionUser } });
});

export const adminProcedure = signedInProcedure.meta({ access: 'admin' }).use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN', message: 'Only an administrator can do this.' });
  return next();
});
