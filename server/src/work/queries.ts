/** Kysely queries for the work-to-act-on lists: names of employers, programmes and trainees, practice records. */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

export function selectOrganisations(db: Kysely<Database>, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('organisations').select(['code', 'name', 'type']).where('code', 'in', codes).execute();
}

/** The workplace-practice records of these organisations for one financial year. */
export function selectPracticeRecords(db: Kysely<Database>, codes: readonly string[], year: string) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('workplace_practice_records')
    .selectAll()
    .where('organisation_code', 'in', codes)
    .where('year', '=', year)
    .execute();
}

export function selectProgrammes(db: Kysely<Database>, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('programmes').select(['code', 'name']).where('code', 'in', codes).execute();
}

export function selectTraineeNames(db: Kysely<Database>, gmcNumbers: readonly string[]) {
  if (gmcNumbers.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('trainees')
    .select(['gmc_number', 'forenames', 'surname'])
    .where('gmc_number', 'in', gmcNumbers)
    .execute();
}
