/**
 * An import reads its file twice (validate, then apply), so a one-shot stream (an upload) is
 * first spooled to a temporary file. Also computes the SHA-256 checksum recorded with the import.
 */

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface ImportFile {
  path: string;
  size: number;
  /** Removes the spooled copy; leaves a caller's own file alone. */
  release: () => void;
}

export async function openImportFile(source: string | Readable): Promise<ImportFile> {
  if (typeof source === 'string') return { path: source, size: fs.statSync(source).size, release: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-import-'));
  const file = path.join(dir, 'upload.csv');
  await pipeline(source, fs.createWriteStream(file));
  return { path: file, size: fs.statSync(file).size, release: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A read stream of the file that feeds every chunk to the checksum and reports bytes read. */
export function readWithChecksum(
  file: string,
  onBytes: (bytesRead: number) => void,
): { stream: fs.ReadStream; checksum: () => string } {
  const hash = createHash('sha256');
  const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  let bytesRead = 0;
  stream.on('data', (chunk) => {
    hash.update(chunk);
    bytesRead += chunk.length;
    onBytes(bytesRead);
  });
  return { stream, checksum: () => hash.digest('hex') };
}
