/**
 * The dashboard's import path (the upload service): validate (dry run) and commit an uploaded file
 * through the same `runImport` as the CLI, relay progress, and list past imports. A check that
 * finds problems is recorded as a rejected import by the server itself. Locality users see the
 * imports made by users of their own locality; administrators see all, including the operator's (CLI).
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import { readStoredFile } from './file-store';
import type { ImportKind } from './import-kinds';
import type { ImportProblem } from './import-problem';
import { selectImportProblems, selectImports } from './queries';
import { type ImportResult, runImport } from './service';
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
  return runImport(db, {
    kind,
    fileName: upload.fileName,
    source: readStoredFile(db, upload.id),
    storedFileId: upload.id,
    actor: user,
    dryRun,
    recordRejectedDryRun: true,
    onProgress: (p) => setUploadProgress(uploadId, user, p),
  });
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

const visibleLocality = (user: SessionUser) => (user.role === 'admin' ? null : user.localityCode);

export function listImports(db: Kysely<Database>, user: SessionUser, filter: { kind?: ImportKind; limit: number }) {
  return selectImports(db, { ...filter, localityCode: visibleLocality(user) });
}

export async function listImportProblems(
  db: Kysely<Database>,
  user: SessionUser,
  importId: number,
): Promise<ImportProblem[]> {
  const row = await selectImportProblems(db, importId);
  const locality = visibleLocality(user);
  if (!row || (locality !== null && row.locality_code !== locality))
    throw new DomainError('NOT_FOUND', 'That import was not found.');
  return row.problems ? (JSON.parse(row.problems) as ImportProblem[]) : [];
}
