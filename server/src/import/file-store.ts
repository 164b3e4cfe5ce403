/**
 * Files kept in the database (`import_files` + `import_file_chunks`): every upload waiting to be
 * imported and the original file of every recorded import, with its SHA-256 checksum. Kept in
 * 1 MB chunks, written and read as streams, so a 200 MB file never sits whole in memory; kept in
 * the database rather than on one process's disk, so every server process sees the same files.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

const CHUNK_BYTES = 1024 * 1024;

export interface StoredFile {
  id: string;
  userId: number | null;
  fileName: string;
  size: number;
  checksum: string;
  createdAt: string;
}

/** Stores the file at `filePath` under `id` and returns it with its checksum. */
export async function storeFile(
  db: Kysely<Database>,
  id: string,
  filePath: string,
  meta: { fileName: string; userId: number | null },
): Promise<StoredFile> {
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  const createdAt = new Date().toISOString();
  // The row first (chunks refer to it); size and checksum are known only at the end.
  await db
    .insertInto('import_files')
    .values({ id, user_id: meta.userId, file_name: meta.fileName, size: 0, checksum: '', created_at: createdAt })
    .execute();
  // One chunk buffer, refilled for every chunk: a stream's fresh 1 MB buffers stay in memory as
  // garbage until a collection, and the thread storing an upload allocates little else to prompt one.
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const file = await fs.promises.open(filePath);
  try {
    for (;;) {
      let filled = 0;
      while (filled < CHUNK_BYTES) {
        const { bytesRead } = await file.read(chunk, filled, CHUNK_BYTES - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) break;
      const data = chunk.subarray(0, filled);
      hash.update(data);
      size += filled;
      await db.insertInto('import_file_chunks').values({ file_id: id, seq, data }).execute();
      seq += 1;
      if (filled < CHUNK_BYTES) break;
    }
  } finally {
    await file.close();
  }
  const checksum = hash.digest('hex');
  await db.updateTable('import_files').set({ size, checksum }).where('id', '=', id).execute();
  return { id, userId: meta.userId, fileName: meta.fileName, size, checksum, createdAt };
}

export async function findStoredFile(db: Kysely<Database>, id: string): Promise<StoredFile | undefined> {
  const row = await db.selectFrom('import_files').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    row && {
      id: row.id,
      userId: row.user_id,
      fileName: row.file_name,
      size: Number(row.size),
      checksum: row.checksum,
      createdAt: row.created_at,
    }
  );
}

/** The file's bytes, one chunk query at a time. */
export function readStoredFile(db: Kysely<Database>, id: string): Readable {
  return Readable.from(
    (async function* () {
      for (let seq = 0; ; seq++) {
        const chunk = await db
          .selectFrom('import_file_chunks')
          .select('data')
          .where('file_id', '=', id)
          .where('seq', '=', seq)
          .executeTakeFirst();
        if (!chunk) return;
        // Both drivers give a blob as a Buffer of its own: no copy needed.
        yield chunk.data as Buffer;
      }
    })(),
  );
}

/** Removes stored files that no import refers to, created before `before` (uploads never imported). */
export async function deleteUnusedFiles(db: Kysely<Database>, before: string): Promise<void> {
  const unused = db
    .selectFrom('import_files')
    .select('id')
    .where('created_at', '<', before)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('imports').select('imports.id').whereRef('imports.file_id', '=', 'import_files.id'))),
    );
  await db.deleteFrom('import_file_chunks').where('file_id', 'in', unused).execute();
  await db.deleteFrom('import_files').where('id', 'in', unused).execute();
}
