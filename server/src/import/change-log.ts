/**
 * The change log of applied imports: one `import_changes` row per row an import inserted or
 * updated, with the stored row before (null for an insert) and the row after, as JSON. Written a
 * batch at a time inside the import's transaction, as one JSON parameter (json-rows.ts), so a
 * million changes cost no more memory than one batch.
 */
import type { Database } from '@ldm/db';
import { type Kysely, sql } from 'kysely';
import { selectJsonRows } from './json-rows';

export interface RowChange {
  key: string;
  before: unknown;
  after: unknown;
}

const COLUMNS = ['import_id', 'entity_key', 'before', 'after'];

export async function writeChanges(db: Kysely<Database>, importId: number, changes: readonly RowChange[]) {
  if (changes.length === 0) return;
  const rows = changes.map((change) => ({
    import_id: importId,
    // Composite keys join their parts with NUL, which PostgreSQL text cannot hold.
    entity_key: change.key.replaceAll('\u0000', ' / '),
    before: change.before === null ? null : JSON.stringify(change.before),
    after: JSON.stringify(change.after),
  }));
  await sql`insert into import_changes (import_id, entity_key, before, after)
    ${selectJsonRows(db, 'import_changes', COLUMNS, rows)}`.execute(db);
}
