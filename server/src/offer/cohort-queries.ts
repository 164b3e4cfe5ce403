/** Cohorts and their fill (participations enrolled or completed), Kysely only. */

import type { Cohort, Database } from '@ldm/db';
import type { Kysely } from 'kysely';

export type CohortWithFill = Cohort & { filled: number };

export async function selectCohortsWithFill(db: Kysely<Database>, offerCodes: string[]): Promise<CohortWithFill[]> {
  if (offerCodes.length === 0) return [];
  const rows = await db
    .selectFrom('cohorts')
    .leftJoin('participations as p', (join) =>
      join.onRef('p.cohort_code', '=', 'cohorts.code').on('p.status', 'in', ['enrolled', 'completed']),
    )
    .select(['cohorts.code', 'cohorts.offer_code', 'cohorts.start_date', 'cohorts.end_date', 'cohorts.places'])
    .select((eb) => eb.fn.count<number>('p.gmc_number').as('filled'))
    .where('cohorts.offer_code', 'in', offerCodes)
    .groupBy(['cohorts.code', 'cohorts.offer_code', 'cohorts.start_date', 'cohorts.end_date', 'cohorts.places'])
    .orderBy('cohorts.start_date')
    .orderBy('cohorts.code')
    .execute();
  return rows.map((r) => ({ ...r, filled: Number(r.filled) }));
}

export function selectCohort(db: Kysely<Database>, code: string): Promise<Cohort | undefined> {
  return db.selectFrom('cohorts').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertCohort(db: Kysely<Database>, cohort: Cohort): Promise<void> {
  await db.insertInto('cohorts').values(cohort).execute();
}

export async function updateCohortRow(db: Kysely<Database>, cohort: Cohort): Promise<void> {
  const { code, ...rest } = cohort;
  await db.updateTable('cohorts').set(rest).where('code', '=', code).execute();
}

export async function countCohorts(db: Kysely<Database>, offerCode: string): Promise<number> {
  const row = await db
    .selectFrom('cohorts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('offer_code', '=', offerCode)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countParticipations(db: Kysely<Database>, cohortCode: string): Promise<number> {
  const row = await db
    .selectFrom('participations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('cohort_code', '=', cohortCode)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteCohortRow(db: Kysely<Database>, code: string): Promise<void> {
  await db.deleteFrom('cohorts').where('code', '=', code).execute();
}
