/** Kysely queries for the recompute job's claim on a data version (measure_jobs). */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

/** Inserts the claim unless one exists: atomic on both databases, so one process wins. */
export function insertClaim(db: Kysely<Database>, version: number, claimedBy: string, now: string) {
  return db
    .insertInto('measure_jobs')
    .values({ data_version: version, claimed_by: claimedBy, heartbeat_at: now, finished_at: null })
    .onConflict((oc) => oc.column('data_version').doNothing())
    .execute();
}

export function selectClaim(db: Kysely<Database>, version: number) {
  return db.selectFrom('measure_jobs').selectAll().where('data_version', '=', version).executeTakeFirst();
}

/** Takes over a claim whose holder stopped beating; fails if anyone changed it since it was read. */
export async function takeOverClaim(
  db: Kysely<Database>,
  claim: { data_version: number; claimed_by: string; heartbeat_at: string },
  claimedBy: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('measure_jobs')
    .set({ claimed_by: claimedBy, heartbeat_at: now })
    .where('data_version', '=', claim.data_version)
    .where('claimed_by', '=', claim.claimed_by)
    .where('heartbeat_at', '=', claim.heartbeat_at)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function updateClaim(
  db: Kysely<Database>,
  version: number,
  claimedBy: string,
  changes: { heartbeat_at: string; finished_at?: string },
) {
  return db
    .updateTable('measure_jobs')
    .set(changes)
    .where('data_version', '=', version)
    .where('claimed_by', '=', claimedBy)
    .execute();
}

/** The latest data version before `version` whose every dashboard period is stored. */
export async function selectLatestFinishedBefore(db: Kysely<Database>, version: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('measure_jobs')
    .select('data_version')
    .where('data_version', '<', version)
    .where('finished_at', 'is not', null)
    .orderBy('data_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.data_version);
}
