/**
 * The dashboard's import page. Importing changes a locality's data, so every procedure is a
 * `writeProcedure`: admin, dean or academy lead of `localityCode` (for an admin any locality) —
 * never the national role. Who owns each row, and each import, is the services' job (ownership/).
 */
import { paginationSchema } from '@ldm/shared/schemas';
import { z } from 'zod';
import { router, writeProcedure } from '../trpc';
import { listImportChanges, listImportProblems, listImports, problemRowsCsv } from './history-service';
import { IMPORT_KINDS } from './import-kinds';
import { revertImport } from './revert';
import { commitUpload, readUploadProgress, validateUpload } from './upload-service';

const uploadInput = z.object({ uploadId: z.string().regex(/^[0-9a-f]{32}$/), kind: z.enum(IMPORT_KINDS) });
const importInput = z.object({ importId: z.number().int().positive() });

export const importRouter = router({
  validate: writeProcedure
    .input(uploadInput)
    .mutation(({ ctx, input }) => validateUpload(ctx.db, ctx.user, input.uploadId, input.kind)),
  commit: writeProcedure
    .input(uploadInput)
    .mutation(({ ctx, input }) => commitUpload(ctx.db, ctx.user, input.uploadId, input.kind)),
  progress: writeProcedure
    .input(uploadInput.pick({ uploadId: true }))
    .query(({ ctx, input }) => readUploadProgress(ctx.db, ctx.user, input.uploadId)),
  history: writeProcedure
    .input(z.object({ kind: z.enum(IMPORT_KINDS).optional(), limit: z.number().int().min(1).max(500).default(100) }))
    .query(({ ctx, input }) => listImports(ctx.db, ctx.user, input)),
  problems: writeProcedure
    .input(importInput)
    .query(({ ctx, input }) => listImportProblems(ctx.db, ctx.user, input.importId)),
  problemRows: writeProcedure
    .input(importInput)
    .query(({ ctx, input }) => problemRowsCsv(ctx.db, ctx.user, input.importId)),
  changes: writeProcedure
    .input(importInput.extend(paginationSchema.shape).extend({ key: z.string().trim().max(100).default('') }))
    .query(({ ctx, input }) => listImportChanges(ctx.db, ctx.user, input)),
  revert: writeProcedure
    .input(importInput)
    .mutation(({ ctx, input }) => revertImport(ctx.db, ctx.user, input.importId)),
});
