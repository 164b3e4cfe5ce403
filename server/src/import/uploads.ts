/**
 * Files uploaded for import, waiting to be validated and committed. Kept in the database
 * (file-store.ts), so any server process can take a file another received; a file belongs to the
 * user who uploaded it and is used up once an import is recorded from it (committed, or rejected).
 * Uploads left unused are removed after a day. The progress of the import running on an upload is
 * the one thing kept in this process's memory: it changes several times a second, and on SQLite
 * the import's own transaction holds the only connection that could write it.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Database } from '@ldm/db';
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
  await deleteUnusedFiles(db, new Date(now - MAX_AGE_MS).toISOString());
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

export function setUploadProgress(
  id: string,
  user: SessionUser,
  progress: ImportProgress | null,
  now = Date.now(),
): void {
  for (const [key, old] of progressOf) if (now - old.at > MAX_AGE_MS) progressOf.delete(key);
  if (progress === null) progressOf.delete(id);
  else progressOf.set(id, { userId: user.id, progress, at: now });
}

/** The latest progress of an import on the user's upload (null before one starts, or for anyone else's). */
export function uploadProgress(id: string, user: SessionUser): ImportProgress | null {
  const entry = progressOf.get(id);
  return entry && entry.userId === user.id ? entry.progress : null;
}

/** What the upload route answers; the client's type of it is derived from this function. */
export function uploadReceipt(upload: StoredFile) {
  return { uploadId: upload.id, fileName: upload.fileName, size: upload.size };
}

export type UploadReceipt = ReturnType<typeof uploadReceipt>;
