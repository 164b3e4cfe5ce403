/**
 * The offer catalogue of one locality (own + national offers) and its cohorts. Reading is an
 * aggregate (national users may read any locality's catalogue); changing needs the locality.
 */
import { z } from 'zod';
import { codeSchema, cohortSchema, offerFilterSchema, offerSchema } from '@ldm/shared/schemas/index';
import { aggregatesProcedure, router, writeProcedure } from '../trpc';
import { getOffer, listOfferCatalogue, saveOffer } from './service';
import { saveCohort } from './cohort-service';

export const offerRouter = router({
  list: aggregatesProcedure.input(offerFilterSchema).query(({ ctx, input }) => listOfferCatalogue(ctx.db, ctx.user, input.localityCode, input)),
  get: aggregatesProcedure.input(z.object({ code: codeSchema })).query(({ ctx, input }) => getOffer(ctx.db, ctx.user, input.localityCode, input.code)),
  create: writeProcedure.input(z.object({ offer: offerSchema })).mutation(({ ctx, input }) => saveOffer(ctx.db, ctx.user, input.localityCode, input.offer, 'create')),
  update: writeProcedure.input(z.object({ offer: offerSchema })).mutation(({ ctx, input }) => saveOffer(ctx.db, ctx.user, input.localityCode, input.offer, 'update')),
  createCohort: writeProcedure
    .input(z.object({ cohort: cohortSchema }))
    .mutation(({ ctx, input }) => saveCohort(ctx.db, ctx.user, input.localityCode, input.cohort, 'create')),
  updateCohort: writeProcedure
    .input(z.object({ cohort: cohortSchema }))
    .mutation(({ ctx, input }) => saveCohort(ctx.db, ctx.user, input.localityCode, input.cohort, 'update')),
});
