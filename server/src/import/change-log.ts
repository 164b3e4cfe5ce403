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
  // `before` and `after` stay objects: the batch's one JSON parameter encodes them once, and the
  // database stores each as JSON text (SQLite's json_extract and PostgreSQL's record population
  // both give an object's JSON text) — encoding them first would encode every row twice.
  const rows = changes.map((change) => ({
    import_id: importId,
    // Composite keys join their parts with NUL, which PostgreSQL text cannot hold.
    entity_key: change.key.replaceAll('\u0000', ' / '),
    before: change.before,
    after: change.after,
  }));
  await sql`insert into import_changes (import_id, entity_key, before, after)
    ${selectJsonRows(db, 'import_changes', COLUMNS, rows)}`.execute(db);
}

/** The import's changes in the order they were made, a batch at a time (a million never in memory at once). */
export async function* readChanges(
  db: Kysely<Database>,
  importId: number,
  batchSize = 500,
): AsyncGenerator<{ key: string; before: unknown; after: unknown }[]> {
  for (let lastId = 0; ; ) {
    const rows = await db
      .selectFrom('import_changes')
      .select(['id', 'entity_key', 'before', 'after'])
      .where('import_id', '=', importId)
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    lastId = rows.at(-1)!.id;
    yield rows.map((row) => ({
      key: row.entity_key,
      before: row.before === null ? null : JSON.parse(row.before),
      after: row.after === null ? null : JSON.parse(row.after),
    }));
  }
}

/** One page of an import's changes, optionally only those whose key starts with `key`. */
export async function selectChangesPage(
  db: Kysely<Database>,
  importId: number,
  query: { page: number; pageSize: number; key: string },
) {
  let filtered = db.selectFrom('import_changes').where('import_id', '=', importId);
  // A prefix compared as is: case-sensitive and without LIKE's wildcards, the same on both databases.
  if (query.key !== '')
    filtered = filtered.where(sql<boolean>`substr(entity_key, 1, ${query.key.length}) = ${query.key}`);
  const [rows, total] = await Promise.all([
    filtered
      .select(['entity_key', 'before', 'after'])
      .orderBy('id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((row) => ({
      key: row.entity_key,
      change: row.before === null ? ('inserted' as const) : ('updated' as const),
      before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
      after: JSON.parse(row.after!) as Record<string, unknown>,
    })),
    total: Number(total.count),
    page: query.page,
    pageSize: query.pageSize,
  };
}
