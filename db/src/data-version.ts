/**
 * The data version: a counter bumped by every change to measured data (import, edit, demo
 * build). Measures are cached per version and baselines record the version they froze.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export async function currentDataVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('data_versions')
    .select((eb) => eb.fn.max('id').as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Call inside the transaction that changes the data, so the bump commits (or rolls back) with it. */
export async function bumpDataVersion(db: Kysely<Database>, reason: string): Promise<number> {
  const row = await db
    .insertInto('data_versions')
    .values({ created_at: new Date().toISOString(), reason })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
