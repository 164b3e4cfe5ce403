/** CSV exports; each is refused or allowed by the same rule as the table it exports. */

import { offerFilterSchema, traineeListSchema } from '@ldm/shared/schemas';
import { z } from 'zod';
import { aggregatesProcedure, recordsProcedure, router, signedInProcedure } from '../trpc';
import { exportMeasures, exportOffers, exportTrainees } from './service';

export const exportRouter = router({
  offers: aggregatesProcedure
    .input(offerFilterSchema)
    .query(({ ctx, input }) => exportOffers(ctx.db, ctx.user, input.localityCode, input)),
  trainees: recordsProcedure
    .input(traineeListSchema.omit({ page: true, pageSize: true }))
    .query(({ ctx, input }) => exportTrainees(ctx.db, input.localityCode, input)),
  /** Localities the user may not read are left out, so no locality input is needed. */
  measures: signedInProcedure
    .input(z.object({ period: z.string().max(20) }))
    .query(({ ctx, input }) => exportMeasures(ctx.db, ctx.user, input.period)),
});
