import { currentDataVersion } from '@ldm/db';
import { publicProcedure, router } from '../trpc';

export const healthRouter = router({
  /** Liveness plus the data version the server sees. */
  status: publicProcedure.query(async ({ ctx }) => ({ ok: true, dataVersion: await currentDataVersion(ctx.db) })),
});
