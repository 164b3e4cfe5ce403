/**
 * Issue 18: the progress of the import running on an upload, kept in the database so any server
 * process sharing one PostgreSQL can answer the page that asks for it. One row per upload, replaced
 * as the import goes on. (On SQLite, the embedded one-process deployment, the server keeps it in
 * memory instead: the import's transaction holds the only write lock for the whole commit.)
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_progress')
    .addColumn('upload_id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('bytes_read', 'integer', (c) => c.notNull())
    .addColumn('total_bytes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_progress').execute();
}
