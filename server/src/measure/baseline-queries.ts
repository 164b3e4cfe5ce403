/** Kysely queries for frozen baselines, targets and measure directions. */

import type { Database, MeasureBaselineHistoryTable, MeasureBaselineTable, MeasureTargetTable } from '@ldm/db';
import type { Insertable, Kysely } from 'kysely';

export function selectBaselines(db: Kysely<Database>) {
  return db.selectFrom('measure_baselines').selectAll().execute();
}

export function selectTargets(db: Kysely<Database>, localityCode?: string) {
  let query = db.selectFrom('measure_targets').selectAll();
  if (localityCode) query = query.where('locality_code', '=', localityCode);
  return query.execute();
}

/** Row count and latest `set_at` of the baselines and of the targets, in one query: changes with any write of either. */
export async function selectBaselinesAndTargetsStamp(db: Kysely<Database>): Promise<string> {
  const stamp = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('measure_baselines').select(eb.fn.countAll().as('n')).as('baselines'),
      eb
        .selectFrom('measure_baselines')
        .select((b) => b.fn.max('set_at').as('m'))
        .as('baselines_set_at'),
      eb.selectFrom('measure_targets').select(eb.fn.countAll().as('n')).as('targets'),
      eb
        .selectFrom('measure_targets')
        .select((t) => t.fn.max('set_at').as('m'))
        .as('targets_set_at'),
    ])
    .executeTakeFirstOrThrow();
  return JSON.stringify(stamp);
}

export function selectBaseline(db: Kysely<Database>, measureCode: string, localityCode: string) {
  return db
    .selectFrom('measure_baselines')
    .selectAll()
    .where('measure_code', '=', measureCode)
    .where('locality_code', '=', localityCode)
    .executeTakeFirst();
}

export function selectTarget(db: Kysely<Database>, measureCode: string, localityCode: string) {
  return db
    .selectFrom('measure_targets')
    .selectAll()
    .where('measure_code', '=', measureCode)
    .where('locality_code', '=', localityCode)
    .executeTakeFirst();
}

export function upsertBaseline(db: Kysely<Database>, row: Insertable<MeasureBaselineTable>) {
  const { measure_code: _measure, locality_code: _locality, ...changes } = row;
  return db
    .insertInto('measure_baselines')
    .values(row)
    .onConflict((oc) => oc.columns(['measure_code', 'locality_code']).doUpdateSet(changes))
    .execute();
}

export function upsertTarget(db: Kysely<Database>, row: Insertable<MeasureTargetTable>) {
  const { measure_code: _measure, locality_code: _locality, ...changes } = row;
  return db
    .insertInto('measure_targets')
    .values(row)
    .onConflict((oc) => oc.columns(['measure_code', 'locality_code']).doUpdateSet(changes))
    .execute();
}

export function selectMeasureDirections(db: Kysely<Database>) {
  return db.selectFrom('measures').select(['code', 'direction']).execute();
}

export function insertBaselineHistory(db: Kysely<Database>, row: Insertable<MeasureBaselineHistoryTable>) {
  return db.insertInto('measure_baseline_history').values(row).execute();
}

export function selectBaselineHistory(db: Kysely<Database>, localityCode: string) {
  return db
    .selectFrom('measure_baseline_history')
    .selectAll()
    .where('locality_code', '=', localityCode)
    .orderBy('replaced_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
