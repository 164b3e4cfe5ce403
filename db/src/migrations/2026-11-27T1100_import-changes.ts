/**
 * Issue 14: every import's changes kept and reversible, its original file kept, and the creator of
 * a trainee recorded (PRODUCT.md §7: a trainee with no placement is owned by whoever created them).
 * - `import_files` holds every uploaded or imported file (in 1 MB chunks, so neither storing nor
 *   reading one needs the whole file in memory); the database, not a process's memory or disk, is
 *   where an upload waits, so any server process can validate and commit it.
 * - `import_changes`: one row per row an import inserted or updated, its before and after as JSON.
 * - `imports` gains its file, the trainees transferred in, and the link between an import and its revert.
 */
import type { Kysely } from 'kysely';
import { addIdColumn, isPostgres } from './dialect-helpers';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('trainees').addColumn('created_by_locality_code', 'text').execute();
  await db.schema
    .createTable('import_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('import_file_chunks')
    .addColumn('file_id', 'text', (c) => c.notNull().references('import_files.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_file_chunks_pk', ['file_id', 'seq'])
    .execute();
  await db.schema
    .alterTable('imports')
    .addColumn('file_id', 'text', (c) => c.references('import_files.id'))
    .execute();
  await db.schema.alterTable('imports').addColumn('transfers', 'text').execute();
  await db.schema
    .alterTable('imports')
    .addColumn('reverts_import_id', 'integer', (c) => c.references('imports.id'))
    .execute();
  await db.schema.alterTable('imports').addColumn('reverted_by_import_id', 'integer').execute();
  await addIdColumn(db, db.schema.createTable('import_changes'))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id'))
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('import_changes_key').on('import_changes').columns(['import_id', 'entity_key']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_changes').execute();
  for (const column of ['reverted_by_import_id', 'reverts_import_id', 'transfers', 'file_id'])
    await db.schema.alterTable('imports').dropColumn(column).execute();
  await db.schema.dropTable('import_file_chunks').execute();
  await db.schema.dropTable('import_files').execute();
  await db.schema.alterTable('trainees').dropColumn('created_by_locality_code').execute();
}
