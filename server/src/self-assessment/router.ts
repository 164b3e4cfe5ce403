import { periodLabelSchema, saveSelfAssessmentSchema } from '@ldm/shared/schemas/reporting';
import { z } from 'zod';
import { aggregatesProcedure, router, signedInProcedure, writeProcedure } from '../trpc';
import {
  getLatestSelfAssessment,
  getSelfAssessmentHeatMap,
  getSelfAssessmentHistory,
  saveSelfAssessment,
} from './service';

export const selfAssessmentRouter = router({
  /** Creates or replaces the locality's assessment for a review period (all 24 scores). */
  save: writeProcedure
    .input(saveSelfAssessmentSchema)
    .mutation(({ ctx, input }) => saveSelfAssessment(ctx.db, ctx.user, input.localityCode, input)),
  history: aggregatesProcedure.query(({ ctx, input }) => getSelfAssessmentHistory(ctx.db, input.localityCode)),
  /** The assessment that counts for a period: the latest in or before it. */
  latest: aggregatesProcedure
    .input(z.object({ period: periodLabelSchema }))
    .query(({ ctx, input }) => getLatestSelfAssessment(ctx.db, input.localityCode, input.period)),
  /** Every locality principle by principle, for the national comparison. */
  heatMap: signedInProcedure
    .input(z.object({ period: periodLabelSchema }))
    .query(({ ctx, input }) => getSelfAssessmentHeatMap(ctx.db, input.period)),
});
