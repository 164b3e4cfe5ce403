/** Kysely queries for the measures engine: only the rows a span of periods needs. */

import type { Database } from '@ldm/db';
import { WORKPLACE_PRACTICE_CODES } from '@ldm/shared';
import { type Kysely, type RawBuilder, sql } from 'kysely';

/** What the placements load leaves out (see selectPlacementsOverlapping). */
export interface PlacementLoad {
  /** Also programme and specialty: only breakdowns and trainee lists read them. */
  breakdowns: boolean;
  /**
   * Only the placements that can be a home for the whole span, i.e. no placement of the same
   * trainee starting later also overlaps it. Exact for a span of one period (a home is the
   * overlapping placement with the latest start; ties keep every candidate, the sweep decides);
   * for several periods, a placement beaten in one may be the home of another, so they load all.
   * For rows only (PostgreSQL): the packed SQLite read of every overlapping placement costs less
   * than this subquery's index seek per placement.
   */
  homeCandidatesOnly: boolean;
}

/** The placements overlapping a span of periods (see PlacementLoad), in no particular order: the sweep needs none. */
function placementsOverlapping(db: Kysely<Database>, from: string, to: string, load: PlacementLoad) {
  return db
    .selectFrom('placements as p')
    .where('p.start_date', '<=', to)
    .where('p.end_date', '>=', from)
    .$if(load.homeCandidatesOnly, (qb) =>
      qb.where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('placements as later')
              // A constant: the trainee-span index then answers the subquery without reading the table.
              .select(sql<number>`1`.as('later'))
              .whereRef('later.gmc_number', '=', 'p.gmc_number')
              .whereRef('later.start_date', '>', 'p.start_date')
              .where('later.start_date', '<=', to)
              .where('later.end_date', '>=', from),
          ),
        ),
      ),
    );
}

/** The placements of a span as rows. Without breakdowns, programme and specialty come back null. */
export function selectPlacementsOverlapping(db: Kysely<Database>, from: string, to: string, load: PlacementLoad) {
  return placementsOverlapping(db, from, to, load)
    .select((eb) => [
      'p.placement_id',
      'p.gmc_number',
      'p.organisation_code',
      load.breakdowns ? eb.ref('p.programme_code').as('programme_code') : sql<string | null>`null`.as('programme_code'),
      'p.grade',
      load.breakdowns ? eb.ref('p.specialty').as('specialty') : sql<string | null>`null`.as('specialty'),
      'p.start_date',
      'p.end_date',
    ])
    .execute();
}

/**
 * A text as `<length in characters>:<text>`: fields that need no separator. `nullable`: null as
 * `-`; a column that is never null is packed without the coalesce (half a million calls fewer).
 */
const packedText = (column: string, nullable = false) => {
  const ref = sql.ref(column);
  return nullable ? sql`coalesce(length(${ref}) || ':' || ${ref}, '-')` : sql`length(${ref}), ':', ${ref}`;
};

/**
 * The columns of a packed read: how many rows, then each row's `fields` (arguments of one
 * concat(), cheaper than a chain of ||) as one text, null when none.
 */
const packedRows = (fields: RawBuilder<unknown>[]) => [
  sql<number>`count(*)`.as('rows'),
  sql<string | null>`group_concat(concat(${sql.join(fields)}), '')`.as('packed'),
];

/** Characters of every GMC number: the trainees table checks it, so packed placements need no length for it. */
export const GMC_NUMBER_LENGTH = 7;

/**
 * SQLite only: every placement overlapping a span as ONE text (group_concat), each its start and
 * end dates as they are stored (10 characters each, checked by the table), its GMC number
 * (GMC_NUMBER_LENGTH characters), then organisation, grade, placement id and (breakdowns only)
 * programme and specialty, each as `packedText`. better-sqlite3 turns every value of every row
 * into a JavaScript value through the native boundary; one text instead of half a million rows of
 * six cost a third of the time (see load-inputs.ts for the reading), and the fixed-width fields
 * spare SQLite a third of its string work. With their count, so the table is allocated once.
 */
export function selectPackedPlacements(db: Kysely<Database>, from: string, to: string, breakdowns: boolean) {
  const fields = [
    sql.ref('p.start_date'),
    sql.ref('p.end_date'),
    sql.ref('p.gmc_number'),
    packedText('p.organisation_code'),
    packedText('p.grade'),
    packedText('p.placement_id'),
  ];
  if (breakdowns) fields.push(packedText('p.programme_code', true), packedText('p.specialty', true));
  return placementsOverlapping(db, from, to, { breakdowns, homeCandidatesOnly: false }).select(packedRows(fields));
}

export function selectOrganisationLocalities(db: Kysely<Database>) {
  return db.selectFrom('organisations').select(['code', 'locality_code']).execute();
}

export function selectOffers(db: Kysely<Database>) {
  return db.selectFrom('offers').select(['code', 'scope_locality_code', 'tier']).execute();
}

export function selectOfferStages(db: Kysely<Database>) {
  return db.selectFrom('offer_stages').select(['offer_code', 'stage_code']).execute();
}

export function selectCohorts(db: Kysely<Database>) {
  return db.selectFrom('cohorts').select(['code', 'offer_code', 'start_date', 'end_date', 'places']).execute();
}

/** Participations starting or ending in the span, or in a cohort starting in it (M3, M4, M5). */
function participationsForPeriod(db: Kysely<Database>, from: string, to: string) {
  return db
    .selectFrom('participations')
    .where((eb) =>
      eb.or([
        eb.between('start_date', from, to),
        eb.between('end_date', from, to),
        eb(
          'cohort_code',
          'in',
          eb.selectFrom('cohorts').select('code').where('start_date', '>=', from).where('start_date', '<=', to),
        ),
      ]),
    );
}

export function selectParticipationsForPeriod(db: Kysely<Database>, from: string, to: string) {
  return participationsForPeriod(db, from, to)
    .select(['gmc_number', 'cohort_code', 'status', 'start_date', 'end_date'])
    .execute();
}

/**
 * SQLite only: the participations of a span as ONE text, as `selectPackedPlacements` (strings
 * through the native boundary were most of their load): each its GMC number
 * (GMC_NUMBER_LENGTH characters), start date (10), end date (10) or `-`, then status and cohort
 * code as `packedText`.
 */
export function selectPackedParticipations(db: Kysely<Database>, from: string, to: string) {
  return participationsForPeriod(db, from, to).select(
    packedRows([
      sql.ref('gmc_number'),
      sql.ref('start_date'),
      sql`coalesce(end_date, '-')`,
      packedText('status'),
      packedText('cohort_code'),
    ]),
  );
}

export function selectPracticeRecords(db: Kysely<Database>, years: readonly string[]) {
  return db
    .selectFrom('workplace_practice_records')
    .select(['organisation_code', 'year', ...WORKPLACE_PRACTICE_CODES])
    .where('year', 'in', years)
    .execute();
}

export function selectSelfAssessmentScores(db: Kysely<Database>, to: string) {
  return db
    .selectFrom('self_assessments')
    .innerJoin('self_assessment_scores', 'self_assessment_scores.self_assessment_id', 'self_assessments.id')
    .select([
      'self_assessments.id',
      'self_assessments.locality_code',
      'self_assessments.assessed_on',
      'self_assessment_scores.score',
    ])
    .where('self_assessments.assessed_on', '<=', to)
    .execute();
}

export function selectPlanActionsDue(db: Kysely<Database>, to: string) {
  return db
    .selectFrom('plan_actions')
    .select(['locality_code', 'due_date', 'status'])
    .where('due_date', '<=', to)
    .execute();
}

export function selectTraineeProfiles(db: Kysely<Database>) {
  return db.selectFrom('trainees').select(['gmc_number', 'sex', 'ethnic_group', 'qualification']).execute();
}
