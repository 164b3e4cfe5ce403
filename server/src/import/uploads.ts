/**
 * Files uploaded for import, waiting to be validated and committed. Kept in memory (the server is
 * one process) with the latest progress of the import running on each; a file belongs to the user
 * who uploaded it. Uploads left uncommitted are removed after a day.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import type { ImportProgress } from './progress';

export interface Upload {
  id: string;
  path: string;
  fileName: string;
  size: number;
  userId: number;
  createdAt: number;
  progress: ImportProgress | null;
}

const MAX_AGE_MS = 24 * 3_600_000;
const uploads = new Map<string, Upload>();

export function registerUpload(
  file: { path: string; fileName: string; size: number },
  user: SessionUser,
  now = Date.now(),
): Upload {
  for (const old of uploads.values()) if (now - old.createdAt > MAX_AGE_MS) discardUpload(old.id);
  const upload: Upload = {
    ...file,
    id: randomBytes(16).toString('hex'),
    userId: user.id,
    createdAt: now,
    progress: null,
  };
  uploads.set(upload.id, upload);
  return upload;
}

export function findUpload(id: string, user: SessionUser): Upload {
  const upload = uploads.get(id);
  if (!upload || upload.userId !== user.id)
    throw new DomainError('NOT_FOUND', 'That upload was not found: please upload the file again.');
  return upload;
}

export function discardUpload(id: string): void {
  const upload = uploads.get(id);
  if (!upload) return;
  uploads.delete(id);
  fs.rmSync(upload.path, { force: true });
}
