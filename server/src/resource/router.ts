import { createResourceSchema, searchResourcesSchema } from '@ldm/shared/schemas/reporting';
import { z } from 'zod';
import { router, signedInProcedure } from '../trpc';
import { createResource, deleteResource, searchResources } from './service';

/** Visible to every signed-in user; who may share or remove what is decided in the service. */
export const resourceRouter = router({
  search: signedInProcedure.input(searchResourcesSchema).query(({ ctx, input }) => searchResources(ctx.db, input)),
  create: signedInProcedure
    .input(createResourceSchema)
    .mutation(({ ctx, input }) => createResource(ctx.db, ctx.user, input)),
  delete: signedInProcedure
    .input(z.object({ resourceId: z.number().int().positive() }))
    .mutation(({ ctx, input }) => deleteResource(ctx.db, ctx.user, input.resourceId)),
});
