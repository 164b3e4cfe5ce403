/**
 * The one place that creates tRPC: context, error formatting, and the procedure builders every
 * router uses. Access rules live here as middleware that narrows `ctx`; resolvers never check
 * roles themselves. Every procedure declares its `access` in `meta` — the access-matrix test
 * enumerates the router and fails for a procedure without one.
 */

import { isDatabaseBusy } from '@ldm/db';
import { LOCALITY_CODES } from '@ldm/shared';
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { canReadAggregates, canReadNationalData, canReadRecords, canWrite } from './auth/policy';
import type { Context, SessionUser } from './context';
import { DomainError } from './errors';

/** Who may call a procedure; see `server/src/auth/policy.ts` for what each means. */
export type Access = 'public' | 'signedIn' | 'admin' | 'national' | 'aggregates' | 'records' | 'write';

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
        message:
          error.code === 'INTERNAL_SERVER_ERROR'
            ? 'Something went wrong on the server. Please try again.'
            : shape.message,
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

/**
 * Turns DomainErrors thrown anywhere below into tRPC errors with the same message, and a write
 * that met SQLite's lock held by an import into "try again" rather than an internal error.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: DOMAIN_TO_TRPC[cause.code], message: cause.message, cause });
  }
  if (!result.ok && isDatabaseBusy(result.error.cause)) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database is busy applying an import. Please try again in a minute.',
      cause: result.error.cause,
    });
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
  if (ctx.user.role !== 'admin')
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only an administrator can do this.' });
  return next();
});

/** Data of the whole country at once (the open-data file): admin and national users. */
export const nationalProcedure = signedInProcedure.meta({ access: 'national' }).use(({ ctx, next }) => {
  if (!canReadNationalData(ctx.user))
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only national and admin users can download national data.' });
  return next();
});

/** Input every locality-scoped procedure takes; its middleware checks the user against it. */
export const localityInput = z.object({ localityCode: z.enum(LOCALITY_CODES) });

/**
 * A procedure scoped to one locality (`input.localityCode`): signed in, and `allows` the user for
 * that locality, else FORBIDDEN with `refusal`. The three locality builders below are its only uses.
 */
function localityProcedure(
  access: Extract<Access, 'aggregates' | 'records' | 'write'>,
  allows: (user: SessionUser, localityCode: string) => boolean,
  refusal: string,
) {
  return signedInProcedure
    .meta({ access })
    .input(localityInput)
    .use(({ ctx, input, next }) => {
      if (!allows(ctx.user, input.localityCode)) throw new TRPCError({ code: 'FORBIDDEN', message: refusal });
      return next();
    });
}

/** Aggregated figures of one locality: admin, national, or a user of that locality. */
export const aggregatesProcedure = localityProcedure(
  'aggregates',
  canReadAggregates,
  'You can only see your own locality.',
);

/** Trainee-level rows of one locality: admin or a user of that locality — never the national role. */
export const recordsProcedure = localityProcedure(
  'records',
  canReadRecords,
  'Trainee-level records are only visible to their own locality.',
);

/** Changes to one locality's data: admin or a user of that locality. */
export const writeProcedure = localityProcedure('write', canWrite, 'You can only change your own locality.');
