/** CSV exports; each is refused or allowed by the same rule as the table it exports. */

import { offerFilterSchema, periodLabelSchema, traineeListSchema } from '@ldm/shared/schemas';
import { z } from 'zod';
import { aggregatesProcedure, nationalProcedure, recordsProcedure, router, signedInProcedure } from '../trpc';
import { buildOpenDataFile } from './open-data';
import {
  BREAKDOWN_KEYS,
  exportBreakdown,
  exportLocalityMeasures,
  exportMeasures,
  exportOffers,
  exportTrainees,
} from './service';

const periodInput = z.object({ period: periodLabelSchema });

export const exportRouter = router({
  offers: aggregatesProcedure
    .input(offerFilterSchema)
    .query(({ ctx, input }) => exportOffers(ctx.db, ctx.user, input.localityCode, input)),
  trainees: recordsProcedure
    .input(traineeListSchema.omit({ page: true, pageSize: true }))
    .query(({ ctx, input }) => exportTrainees(ctx.db, input.localityCode, input)),
  /** The England page's table: every signed-in user sees these localities and regions (rounded) on screen. */
  measures: signedInProcedure.input(periodInput).query(({ ctx, input }) => exportMeasures(ctx.db, input.period)),
  locality: aggregatesProcedure
    .input(periodInput)
    .query(({ ctx, input }) => exportLocalityMeasures(ctx.db, input.localityCode, input.period)),
  breakdown: aggregatesProcedure
    .input(periodInput.extend({ by: z.enum(BREAKDOWN_KEYS).default('stage') }))
    .query(({ ctx, input }) => exportBreakdown(ctx.db, input.localityCode, input.period, input.by)),
  openData: nationalProcedure.query(({ ctx }) => buildOpenDataFile(ctx.db)),
});
