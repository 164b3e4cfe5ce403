/** Trainees and placements: trainee-level rows, so never for the national role (recordsProcedure). */

import { gmcNumberSchema, traineeListSchema } from '@ldm/shared/schemas';
import { z } from 'zod';
import { recordsProcedure, router } from '../trpc';
import { getTrainee, listTrainees } from './service';

export const traineeRouter = router({
  list: recordsProcedure
    .input(traineeListSchema)
    .query(({ ctx, input }) => listTrainees(ctx.db, input.localityCode, input)),
  get: recordsProcedure
    .input(z.object({ gmcNumber: gmcNumberSchema }))
    .query(({ ctx, input }) => getTrainee(ctx.db, input.localityCode, input.gmcNumber)),
});
