/**
 * A large apply on SQLite writes its table without the table's secondary indexes and builds them
 * again before its transaction commits. Kept up row by row, the placements table's five indexes
 * took about half of a million-row import's CPU (each insert lands in random pages of each
 * index); built once at the end, each is one sort. The drop, the writes and the rebuild are one
 * transaction, so a failed or killed import leaves the indexes as they were, and other
 * connections never see the table without them (WAL readers see the last committed schema).
 * Not on PostgreSQL: DROP INDEX locks the table against every reader until the commit.
 */
import { type Database, isPostgres } from '@ldm/db';
import { type Kysely, sql } from 'kysely';

/** An apply rebuilds only once it has changed this many rows… */
const MIN_CHANGED_ROWS = 10_000;
/** …of a file at least this share of the table's rows: a rebuild sorts the whole table, old rows too. */
const MIN_FILE_SHARE_OF_TABLE = 0.5;

export interface IndexRebuild {
  /** Called after each batch with the rows changed so far; drops the indexes the first time the rule says so. */
  afterBatch(changedRows: number): Promise<void>;
  /** Builds the dropped indexes again (inside the same transaction). */
  finish(): Promise<void>;
}

const NONE: IndexRebuild = { afterBatch: async () => undefined, finish: async () => undefined };

export async function planIndexRebuild(
  trx: Kysely<Database>,
  table: string | undefined,
  fileRows: number,
): Promise<IndexRebuild> {
  if (table === undefined || isPostgres(trx) || fileRows < MIN_CHANGED_ROWS) return NONE;
  const { rows } = await sql<{ count: number }>`select count(*) as count from ${sql.table(table)}`.execute(trx);
  if (fileRows < MIN_FILE_SHARE_OF_TABLE * rows[0]!.count) return NONE;
  let dropped: { name: string; sql: string }[] | undefined;
  return {
    async afterBatch(changedRows) {
      if (dropped || changedRows < MIN_CHANGED_ROWS) return;
      // Indexes made by CREATE INDEX have their statement in sqlite_master; the primary key's and
      // unique constraints' (sql null) stay, as the upsert's conflict target needs them.
      const indexes = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
        where type = 'index' and tbl_name = ${table} and sql is not null order by name`.execute(trx);
      dropped = indexes.rows;
      for (const index of dropped) await sql`drop index ${sql.id(index.name)}`.execute(trx);
    },
    async finish() {
      for (const index of dropped ?? []) await sql.raw(index.sql).execute(trx);
    },
  };
}
