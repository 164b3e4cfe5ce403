/**
 * The dashboard's import path (the upload service): validate (dry run) and commit an uploaded file
 * through the same `runImport` as the CLI — in an import worker thread when the server has one
 * (import-workers.ts) — and relay progress. A check that finds problems is
 * recorded as a rejected import by the server itself. The history is history-service.ts.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import type { ImportKind } from './import-kinds';
import { runImportTask } from './import-workers';
import type { ImportResult } from './service';
import { findUpload, uploadProgress, uploadProgressWriter } from './uploads';

async function importUpload(
  db: Kysely<Database>,
  user: SessionUser,
  uploadId: string,
  kind: ImportKind,
  dryRun: boolean,
): Promise<ImportResult> {
  const upload = await findUpload(db, uploadId, user);
  const progress = uploadProgressWriter(db, uploadId, user);
  try {
    return await runImportTask(
      db,
      { kind, fileName: upload.fileName, storedFileId: upload.id, actor: user, dryRun },
      progress.report,
    );
  } finally {
    // The final figures are readable (from any process) by the time the page hears the result.
    await progress.settle();
  }
}

export function validateUpload(
  db: Kysely<Database>,
  user: SessionUser,
  uploadId: string,
  kind: ImportKind,
): Promise<ImportResult> {
  return importUpload(db, user, uploadId, kind, true);
}

/** Validates again (the database may have changed since the dry run) and applies; the upload is then used up. */
export function commitUpload(
  db: Kysely<Database>,
  user: SessionUser,
  uploadId: string,
  kind: ImportKind,
): Promise<ImportResult> {
  return importUpload(db, user, uploadId, kind, false);
}

/** From the database on PostgreSQL (any server process), from memory on SQLite (uploads.ts says why). */
export function readUploadProgress(db: Kysely<Database>, user: SessionUser, uploadId: string) {
  return uploadProgress(db, uploadId, user);
}
