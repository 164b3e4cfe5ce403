/**
 * The dashboard's import page. Importing changes a locality's data, so every procedure is a
 * `writeProcedure`: admin, dean or academy lead of `localityCode` (for an admin any locality) —
 * never the national role. Row-level locality scoping is the service's job.
 */
import { z } from 'zod';
import { router, writeProcedure } from '../trpc';
import { IMPORT_KINDS } from './import-kinds';
import { commitUpload, listImportProblems, listImports, readUploadProgress, validateUpload } from './upload-service';

const uploadInput = z.object({ uploadId: z.string().regex(/^[0-9a-f]{32}$/), kind: z.enum(IMPORT_KINDS) });

export const importRouter = router({
  validate: writeProcedure
    .input(uploadInput)
    .mutation(({ ctx, input }) => validateUpload(ctx.db, ctx.user, input.uploadId, input.kind)),
  commit: writeProcedure
    .input(uploadInput)
    .mutation(({ ctx, input }) => commitUpload(ctx.db, ctx.user, input.uploadId, input.kind)),
  progress: writeProcedure
    .input(uploadInput.pick({ uploadId: true }))
    .query(({ ctx, input }) => readUploadProgress(ctx.user, input.uploadId)),
  history: writeProcedure
    .input(z.object({ kind: z.enum(IMPORT_KINDS).optional(), limit: z.number().int().min(1).max(500).default(100) }))
    .query(({ ctx, input }) => listImports(ctx.db, ctx.user, input)),
  problems: writeProcedure
    .input(z.object({ importId: z.number().int().positive() }))
    .query(({ ctx, input }) => listImportProblems(ctx.db, ctx.user, input.importId)),
});
