/**
 * Work to act on (PRODUCT.md §5). Employers below the workplace standard are aggregates (named
 * organisations with disclosed counts); "not yet reached" lists trainees, so it is a records
 * procedure: the locality's own users and administrators, never the national role.
 */

import { notYetReachedSchema, periodLabelSchema } from '@ldm/shared/schemas';
import { z } from 'zod';
import { aggregatesProcedure, recordsProcedure, router } from '../trpc';
import { listEmployersBelowStandard } from './employers-below-standard';
import { exportNotYetReached, listNotYetReached } from './not-yet-reached';

export const workRouter = router({
  employersBelowStandard: aggregatesProcedure
    .input(z.object({ period: periodLabelSchema }))
    .query(({ ctx, input }) => listEmployersBelowStandard(ctx.db, ctx.user, input.localityCode, input.period)),
  notYetReached: recordsProcedure
    .input(notYetReachedSchema)
    .query(({ ctx, input }) => listNotYetReached(ctx.db, input.localityCode, input)),
  exportNotYetReached: recordsProcedure
    .input(notYetReachedSchema.omit({ page: true, pageSize: true }))
    .query(({ ctx, input }) => exportNotYetReached(ctx.db, input.localityCode, input)),
});
