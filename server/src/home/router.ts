/** The home page: what waits for the signed-in user, decided by their own role and locality (no input). */
import { router, signedInProcedure } from '../trpc';
import { getWaitingFor } from './service';

export const homeRouter = router({
  waiting: signedInProcedure.query(({ ctx }) => getWaitingFor(ctx.db, ctx.user)),
});
