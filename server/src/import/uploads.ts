/**
 * Files uploaded for import, waiting to be validated and committed. Kept in the database
 * (file-store.ts), so any server process can take a file another received; a file belongs to the
 * user who uploaded it and is used up once an import is recorded from it (committed, or rejected).
 * Uploads left unused are removed after a day.
 *
 * The progress of the import running on an upload is readable from any server process: on
 * PostgreSQL it is a row of `import_progress`, written on a connection of its own (outside the
 * import's transaction, so it is seen during the commit) at most once a second. On SQLite — the
 * embedded deployment, one server process — it stays in that process's memory: the import's
 * transaction holds SQLite's only write lock for the whole commit, so no progress row could be
 * written until the commit had ended.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { type Database, isPostgres } from '@ldm/db';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import { deleteUnusedFiles, findStoredFile, type StoredFile, storeFile } from './file-store';
import type { ImportProgress } from './progress';

const MAX_AGE_MS = 24 * 3_600_000;
const progressOf = new Map<string, { userId: number; progress: ImportProgress; at: number }>();

/** Stores a received file (removing the temporary copy) and returns what the upload route answers. */
export async function registerUpload(
  db: Kysely<Database>,
  file: { path: string; fileName: string; size: number },
  user: SessionUser,
  now = Date.now(),
): Promise<StoredFile> {
  const dayAgo = new Date(now - MAX_AGE_MS).toISOString();
  await deleteUnusedFiles(db, dayAgo);
  await forgetProgressBefore(db, dayAgo);
  try {
    return await storeFile(db, randomBytes(16).toString('hex'), file.path, {
      fileName: file.fileName,
      userId: user.id,
    });
  } finally {
    fs.rmSync(file.path, { force: true });
  }
}

/** The user's own upload that no import has used yet. */
export async function findUpload(db: Kysely<Database>, id: string, user: SessionUser): Promise<StoredFile> {
  const upload = await findStoredFile(db, id);
  const used = await db.selectFrom('imports').select('id').where('file_id', '=', id).executeTakeFirst();
  if (!upload || upload.userId !== user.id || used)
    throw new DomainError('NOT_FOUND', 'That upload was not found: please upload the file again.');
  return upload;
}

/** Writes of one import's progress to `import_progress` are at least this far apart. */
const WRITE_INTERVAL_MS = 1000;

/**
 * Where the progress of the import on one upload goes. `report` takes every update and returns at
 * once (an import never waits for its progress); `settle` writes the latest, then resolves.
 */
export function uploadProgressWriter(db: Kysely<Database>, id: string, user: SessionUser) {
  if (!isPostgres(db)) {
    progressOf.delete(id);
    return {
      report: (progress: ImportProgress) => progressOf.set(id, { userId: user.id, progress, at: Date.now() }),
      settle: async () => undefined,
    };
  }
  let latest: ImportProgress | undefined;
  let lastWrite = 0;
  // One write at a time, so a later progress is never overwritten by an earlier one landing late.
  let writing: Promise<void> = db.deleteFrom('import_progress').where('upload_id', '=', id).execute().then(noop);
  const write = () => {
    const progress = latest;
    if (!progress) return;
    latest = undefined;
    lastWrite = Date.now();
    writing = writing.then(() => saveProgress(db, id, user, progress)).catch(logLostProgress);
  };
  return {
    report(progress: ImportProgress) {
      latest = progress;
      if (Date.now() - lastWrite >= WRITE_INTERVAL_MS) write();
    },
    async settle() {
      write();
      await writing;
    },
  };
}

async function saveProgress(db: Kysely<Database>, id: string, user: SessionUser, progress: ImportProgress) {
  const row = {
    phase: progress.phase,
    rows_read: progress.rowsRead,
    bytes_read: progress.bytesRead,
    total_bytes: progress.totalBytes,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('import_progress')
    .values({ upload_id: id, user_id: user.id, ...row })
    .onConflict((oc) => oc.column('upload_id').doUpdateSet(row))
    .execute();
}

const noop = () => undefined;

async function forgetProgressBefore(db: Kysely<Database>, before: string) {
  if (isPostgres(db)) await db.deleteFrom('import_progress').where('updated_at', '<', before).execute();
  else for (const [id, entry] of progressOf) if (entry.at < Date.parse(before)) progressOf.delete(id);
}

/** A progress row that could not be written is only a stale bar on a page: the import goes on. */
function logLostProgress(error: unknown) {
  console.warn(`import progress not written: ${error instanceof Error ? error.message : String(error)}`);
}

/** The latest progress of an import on the user's upload (null before one starts, or for anyone else's). */
export async function uploadProgress(
  db: Kysely<Database>,
  id: string,
  user: SessionUser,
): Promise<ImportProgress | null> {
  if (!isPostgres(db)) {
    const entry = progressOf.get(id);
    return entry && entry.userId === user.id ? entry.progress : null;
  }
  const row = await db
    .selectFrom('import_progress')
    .selectAll()
    .where('upload_id', '=', id)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  return row
    ? {
        phase: row.phase as ImportProgress['phase'],
        rowsRead: row.rows_read,
        bytesRead: row.bytes_read,
        totalBytes: row.total_bytes,
      }
    : null;
}

/** What the upload route answers; the client's type of it is derived from this function. */
export function uploadReceipt(upload: StoredFile) {
  return { uploadId: upload.id, fileName: upload.fileName, size: upload.size };
}

export type UploadReceipt = ReturnType<typeof uploadReceipt>;
