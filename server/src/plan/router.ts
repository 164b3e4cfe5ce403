import { planActionFieldsSchema, planActionIdSchema, planActionUpdateSchema } from '@ldm/shared/schemas/reporting';
import { aggregatesProcedure, router, writeProcedure } from '../trpc';
import { addPlanActionUpdate, createPlanAction, editPlanAction, getPlan, removePlanAction } from './service';

export const planRouter = router({
  /** The locality's actions, soonest due first, overdue ones flagged. */
  list: aggregatesProcedure.query(({ ctx, input }) => getPlan(ctx.db, input.localityCode)),
  create: writeProcedure
    .input(planActionFieldsSchema)
    .mutation(({ ctx, input }) => createPlanAction(ctx.db, ctx.user, input.localityCode, input)),
  update: writeProcedure
    .input(planActionFieldsSchema.extend(planActionIdSchema.shape))
    .mutation(({ ctx, input }) => editPlanAction(ctx.db, ctx.user, input.localityCode, input.actionId, input)),
  addUpdate: writeProcedure
    .input(planActionUpdateSchema)
    .mutation(({ ctx, input }) => addPlanActionUpdate(ctx.db, ctx.user, input.localityCode, input)),
  delete: writeProcedure
    .input(planActionIdSchema)
    .mutation(({ ctx, input }) => removePlanAction(ctx.db, ctx.user, input.localityCode, input.actionId)),
});
