/**
 * Passes a whole batch of rows to the database as ONE JSON parameter and reads it back as a
 * table, so a batch query's SQL text is the same for every batch. Spelling each value as its own
 * parameter made every batch a new 4,500-parameter statement: better-sqlite3 compiles each into
 * ~400 KB of native memory that V8 cannot see and so frees late — the import's peak RSS.
 * The only place the import's SQL differs between SQLite and PostgreSQL.
 */

import { type Database, isPostgres } from '@ldm/db';
import { type Kysely, type RawBuilder, sql } from 'kysely';

/** `select <columns> from <the rows>`, each column typed as in `table`; rows are objects keyed by column name. */
export function selectJsonRows(
  db: Kysely<Database>,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[],
): RawBuilder<unknown> {
  const json = JSON.stringify(rows);
  const selected = sql.join(columns.map((name) => sql.ref(name)));
  if (isPostgres(db)) {
    // The table's own row type converts each JSON value to its column's type. `json`, not `jsonb`:
    // an object going into a text column (the change log's before and after) keeps its keys' order.
    return sql`select ${selected} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`;
  }
  // json_extract gives SQL text, integer, real or null; column affinity does the rest.
  const extracted = sql.join(
    columns.map((name) => sql`json_extract(value, ${sql.lit(`$.${name}`)}) as ${sql.ref(name)}`),
  );
  // `where true` keeps SQLite from reading a following `on conflict` as a join's `on`.
  return sql`select ${extracted} from json_each(${json}) where true`;
}
