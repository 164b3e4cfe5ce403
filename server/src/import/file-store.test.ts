/** Files kept in the database in 1 MB chunks come back byte for byte, with the checksum of the bytes. */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { createTestDatabase, type TestDatabase } from '@ldm/db/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readStoredFile, storeFile } from './file-store';

let test: TestDatabase;
let dir: string;
beforeEach(async () => {
  test = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-file-store-'));
});
afterEach(async () => {
  await test.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

it.each([
  ['empty', 0],
  ['exactly two chunks', 2 * 1024 * 1024],
  ['two chunks and a part', 2 * 1024 * 1024 + 12_345],
])('stores and reads back a file: %s', async (_, size) => {
  const bytes = randomBytes(size);
  const file = path.join(dir, 'upload.bin');
  fs.writeFileSync(file, bytes);
  const stored = await storeFile(test.db, 'f'.repeat(32), file, { fileName: 'upload.bin', userId: null });
  expect(stored).toMatchObject({ size, checksum: createHash('sha256').update(bytes).digest('hex') });
  expect((await buffer(readStoredFile(test.db, stored.id))).equals(bytes)).toBe(true);
  const chunks = await test.db.selectFrom('import_file_chunks').select('seq').execute();
  expect(chunks.length).toBe(Math.ceil(size / (1024 * 1024)));
});
