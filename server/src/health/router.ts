import { currentDataVersion } from '@ldm/db';
import { adminProcedure, publicProcedure, router } from '../trpc';
import { readEventLoopDelay } from './event-loop-delay';

export const healthRouter = router({
  /** Liveness plus the data version the server sees. */
  status: publicProcedure.query(async ({ ctx }) => ({ ok: true, dataVersion: await currentDataVersion(ctx.db) })),
  /** The event loop's delay since the previous reading (a reading starts a new window: administrators only). */
  eventLoopDelay: adminProcedure.mutation(() => readEventLoopDelay()),
});
