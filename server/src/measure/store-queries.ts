/** Kysely queries for the stored measures (issue 18): figures per data version, period and locality. */

import type { Database, MeasureBreakdownTable, MeasureLocalityTable, MeasureResultTable } from '@ldm/db';
import type { Insertable, Kysely } from 'kysely';

export function selectStoredResults(db: Kysely<Database>, version: number, periods: readonly string[]) {
  return db
    .selectFrom('measure_results')
    .select(['period', 'locality_code', 'measure_code', 'numerator', 'denominator'])
    .where('data_version', '=', version)
    .where('period', 'in', periods)
    .execute();
}

export function selectStoredLocalities(db: Kysely<Database>, version: number, periods: readonly string[]) {
  return db
    .selectFrom('measure_localities')
    .select(['period', 'locality_code', 'trainees_in_post', 'coverage'])
    .where('data_version', '=', version)
    .where('period', 'in', periods)
    .execute();
}

export function selectStoredBreakdown(db: Kysely<Database>, version: number, period: string, localityCode: string) {
  return db
    .selectFrom('measure_breakdowns')
    .select('detail')
    .where('data_version', '=', version)
    .where('period', '=', period)
    .where('locality_code', '=', localityCode)
    .executeTakeFirst();
}

/** Rows per statement: well under SQLite's limit of bound parameters. */
const BATCH = 500;

async function insertIgnoringStored<T extends 'measure_results' | 'measure_localities' | 'measure_breakdowns'>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as Insertable<Database[T]>[])
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export interface StoredFigures {
  results: Insertable<MeasureResultTable>[];
  localities: Insertable<MeasureLocalityTable>[];
  breakdowns: Insertable<MeasureBreakdownTable>[];
}

/** Stores figures; a figure another process stored first is the same figure, so it is kept. */
export async function insertStoredFigures(db: Kysely<Database>, figures: StoredFigures) {
  await insertIgnoringStored(db, 'measure_results', figures.results);
  await insertIgnoringStored(db, 'measure_breakdowns', figures.breakdowns);
  // Last: a period counts as stored once its localities are (see the migration).
  await insertIgnoringStored(db, 'measure_localities', figures.localities);
}

/** Drops the figures of versions older than `version` once it is complete: no one reads them as current. */
export async function deleteStoredBefore(db: Kysely<Database>, version: number) {
  for (const table of ['measure_results', 'measure_localities', 'measure_breakdowns', 'measure_jobs'] as const) {
    await db.deleteFrom(table).where('data_version', '<', version).execute();
  }
}
