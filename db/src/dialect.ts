/** The one place app code asks which database it runs on, for the few queries that differ. */
import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// Any fixed 64-bit key works: only this application takes advisory locks on its database.
const DATA_CHANGE_LOCK_KEY = 4_932_801;

/**
 * Serialises transactions that change imported data (imports, offer and cohort edits): call it
 * first in the transaction. Without it, two PostgreSQL transactions could both count a row as new
 * or lock rows in opposite orders; the lock is released at commit or rollback. SQLite needs nothing:
 * its single writer already runs one write transaction at a time.
 */
export async function lockDataChanges(trx: Kysely<any>): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${DATA_CHANGE_LOCK_KEY})`.execute(trx);
}

/**
 * A search box's text found anywhere in `column`, case-insensitively and literally: LIKE's
 * wildcards (`%`, `_`) and its escape character in the text match only themselves. A null
 * column matches nothing. The same SQL on SQLite and PostgreSQL.
 */
export function containsText(column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`;
}
