/**
 * The offer catalogue of one locality (own + national offers) and its cohorts. Reading is an
 * aggregate (national users may read any locality's catalogue); changing needs the locality.
 */

import { codeSchema, cohortSchema, offerFilterSchema, offerSchema } from '@ldm/shared/schemas';
import { z } from 'zod';
import { aggregatesProcedure, router, writeProcedure } from '../trpc';
import { removeCohort, saveCohort } from './cohort-service';
import { getOffer, listOfferCatalogue, removeOffer, saveOffer } from './service';

export const offerRouter = router({
  list: aggregatesProcedure
    .input(offerFilterSchema)
    .query(({ ctx, input }) => listOfferCatalogue(ctx.db, ctx.user, input.localityCode, input)),
  get: aggregatesProcedure
    .input(z.object({ code: codeSchema }))
    .query(({ ctx, input }) => getOffer(ctx.db, ctx.user, input.localityCode, input.code)),
  create: writeProcedure
    .input(z.object({ offer: offerSchema }))
    .mutation(({ ctx, input }) => saveOffer(ctx.db, ctx.user, input.localityCode, input.offer, 'create')),
  update: writeProcedure
    .input(z.object({ offer: offerSchema }))
    .mutation(({ ctx, input }) => saveOffer(ctx.db, ctx.user, input.localityCode, input.offer, 'update')),
  delete: writeProcedure.input(z.object({ code: codeSchema })).mutation(async ({ ctx, input }) => {
    await removeOffer(ctx.db, ctx.user, input.localityCode, input.code);
    return { ok: true };
  }),
  createCohort: writeProcedure
    .input(z.object({ cohort: cohortSchema }))
    .mutation(({ ctx, input }) => saveCohort(ctx.db, ctx.user, input.localityCode, input.cohort, 'create')),
  updateCohort: writeProcedure
    .input(z.object({ cohort: cohortSchema }))
    .mutation(({ ctx, input }) => saveCohort(ctx.db, ctx.user, input.localityCode, input.cohort, 'update')),
  deleteCohort: writeProcedure
    .input(z.object({ offerCode: codeSchema, code: codeSchema }))
    .mutation(({ ctx, input }) => removeCohort(ctx.db, ctx.user, input.localityCode, input.offerCode, input.code)),
});
