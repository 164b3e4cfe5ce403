/** Multi-row inserts in chunks, so a national data set loads in seconds on SQLite and PostgreSQL. */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema';

/** SQLite binds at most 32766 parameters per statement (PostgreSQL 65535): stay under both. */
const MAX_PARAMETERS = 32_766;

export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length);
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot relate a generic table name to its row type; the signature above keeps callers typed.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}
