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
import { findUpload, setUploadProgress, uploadProgress } from './uploads';

async function importUpload(
  db: Kysely<Database>,
  user: SessionUser,
  uploadId: string,
  kind: ImportKind,
  dryRun: boolean,
): Promise<ImportResult> {
  const upload = await findUpload(db, uploadId, user);
  setUploadProgress(uploadId, user, null);
  return runImportTask(db, { kind, fileName: upload.fileName, storedFileId: upload.id, actor: user, dryRun }, (p) =>
    setUploadProgress(uploadId, user, p),
  );
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

/** Read from memory, never the database: on SQLite the import's transaction holds the connection until it ends. */
export function readUploadProgress(user: SessionUser, uploadId: string) {
  return uploadProgress(uploadId, user);
}
