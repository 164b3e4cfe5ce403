/** Trainee-level rows (Kysely only). Sex, ethnic group and qualification are never selected here: they are shown only in aggregate. */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

/**
 * Each trainee's placements with the latest start date (several on a tie): one grouped pass over
 * the (gmc_number, start_date) index, the same on SQLite and PostgreSQL. Names and organisations
 * are read whole and joined by the caller: 75,000 keyed lookups in SQL cost twice as much.
 */
export function selectLatestPlacements(db: Kysely<Database>) {
  const latest = db
    .selectFrom('placements')
    .select(['gmc_number', (eb) => eb.fn.max('start_date').as('latest')])
    .groupBy('gmc_number')
    .as('m');
  return db
    .selectFrom('placements as p')
    .innerJoin(latest, (join) => join.onRef('m.gmc_number', '=', 'p.gmc_number').onRef('m.latest', '=', 'p.start_date'))
    .select([
      'p.gmc_number',
      'p.placement_id',
      'p.grade',
      'p.specialty',
      'p.start_date',
      'p.end_date',
      'p.organisation_code',
    ])
    .execute();
}
export type LatestPlacementRow = Awaited<ReturnType<typeof selectLatestPlacements>>[number];

export function selectAllTraineeNames(db: Kysely<Database>) {
  return db.selectFrom('trainees').select(['gmc_number', 'forenames', 'surname']).execute();
}

export function selectOrganisationNames(db: Kysely<Database>) {
  return db.selectFrom('organisations').select(['code', 'name', 'locality_code']).execute();
}

export function selectTraineeNames(db: Kysely<Database>, gmcNumber: string) {
  return db
    .selectFrom('trainees')
    .select(['gmc_number', 'forenames', 'surname'])
    .where('gmc_number', '=', gmcNumber)
    .executeTakeFirst();
}

export function selectTraineePlacements(db: Kysely<Database>, gmcNumber: string) {
  return db
    .selectFrom('placements as p')
    .innerJoin('organisations as o', 'o.code', 'p.organisation_code')
    .leftJoin('programmes as g', 'g.code', 'p.programme_code')
    .select([
      'p.placement_id',
      'p.gmc_number',
      'p.organisation_code',
      'o.name as organisation_name',
      'o.locality_code',
      'p.programme_code',
      'g.name as programme_name',
      'p.grade',
      'p.specialty',
      'p.start_date',
      'p.end_date',
      'p.wte',
    ])
    .where('p.gmc_number', '=', gmcNumber)
    .orderBy('p.start_date')
    .orderBy('p.placement_id')
    .execute();
}

export function selectTraineeParticipations(db: Kysely<Database>, gmcNumber: string) {
  return db
    .selectFrom('participations as p')
    .innerJoin('cohorts as c', 'c.code', 'p.cohort_code')
    .innerJoin('offers as f', 'f.code', 'c.offer_code')
    .select([
      'p.cohort_code',
      'c.offer_code',
      'f.title as offer_title',
      'f.tier',
      'p.status',
      'p.start_date',
      'p.end_date',
    ])
    .where('p.gmc_number', '=', gmcNumber)
    .orderBy('p.start_date')
    .execute();
}
