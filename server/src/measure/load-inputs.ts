/** Loads the rows of a span of periods and turns them into the plain facts the shared measures engine reads. */

import { type Database, sqliteHandleOf } from '@ldm/db';
import { type Period, WORKPLACE_PRACTICE_CODES } from '@ldm/shared';
import {
  dateNumber,
  type MeasureRows,
  type ParticipationFact,
  PlacementTable,
  type SelfAssessmentFact,
  type TraineeProfile,
  toPlacementTable,
} from '@ldm/shared/measures';
import type { Compilable, Kysely } from 'kysely';
import { toPlacementFact } from './placement-fact';
import * as q from './queries';

/** Reads the text of `selectPackedPlacements` field by field. */
class PackedReader {
  private at = 0;
  constructor(private readonly packed: string) {}

  get done(): boolean {
    return this.at >= this.packed.length;
  }

  /** An ISO date (10 characters) as its `dateNumber`. */
  date(): number {
    const day = dateNumber(this.packed, this.at);
    this.at += 10;
    return day;
  }

  /** A `packedText`: its length counts characters (code points), a JavaScript string's UTF-16 units. */
  textOrNull(): string | null {
    if (this.packed.charCodeAt(this.at) === 45 /* - */) {
      this.at++;
      return null;
    }
    const colon = this.packed.indexOf(':', this.at);
    let characters = 0;
    for (let i = this.at; i < colon; i++) characters = characters * 10 + this.packed.charCodeAt(i) - 48;
    this.at = colon + 1;
    return this.characters(characters);
  }

  /** The next `count` characters (code points): SQLite counts a surrogate pair as one, JavaScript as two units. */
  characters(count: number): string {
    let end = this.at + count;
    for (let i = this.at; i < end; i++) {
      const unit = this.packed.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        end++;
        i++;
      }
    }
    const value = this.packed.slice(this.at, end);
    this.at = end;
    return value;
  }

  text(): string {
    return this.textOrNull()!;
  }

  /** `count` characters, or null for a `-`. */
  charactersOrNull(count: number): string | null {
    if (this.packed.charCodeAt(this.at) === 45 /* - */) {
      this.at++;
      return null;
    }
    return this.characters(count);
  }
}

/** The row count and packed text (see selectPackedPlacements) of a SQLite query. */
function readPacked(
  sqlite: NonNullable<ReturnType<typeof sqliteHandleOf>>,
  query: Compilable,
): { rows: number; reader: PackedReader } {
  const { sql, parameters } = query.compile();
  const [rows, packed] = sqlite
    .prepare(sql)
    .raw()
    .get(...parameters) as [number, string | null];
  return { rows, reader: new PackedReader(packed ?? '') };
}

/**
 * The placements of a span straight into a table. On SQLite as one packed text (see
 * selectPackedPlacements): rows, an object each, cost three times as much to read as the sweep.
 */
async function loadPlacementTable(db: Kysely<Database>, from: string, to: string, load: q.PlacementLoad) {
  const sqlite = sqliteHandleOf(db);
  if (sqlite) {
    const { rows, reader } = readPacked(sqlite, q.selectPackedPlacements(db, from, to, load.breakdowns));
    const table = new PlacementTable(rows);
    while (!reader.done) {
      const start = reader.date();
      const end = reader.date();
      const gmcNumber = reader.characters(q.GMC_NUMBER_LENGTH);
      const organisationCode = reader.text();
      const grade = reader.text();
      const placementId = reader.text();
      const programmeCode = load.breakdowns ? reader.textOrNull() : null;
      const specialty = load.breakdowns ? reader.textOrNull() : null;
      table.add(placementId, gmcNumber, organisationCode, programmeCode, grade, specialty, start, end);
    }
    return table;
  }
  const placements = await q.selectPlacementsOverlapping(db, from, to, load);
  return toPlacementTable(placements.map(toPlacementFact));
}

/** The participations of a span; on SQLite from one packed text, as the placements. */
async function loadParticipations(db: Kysely<Database>, from: string, to: string): Promise<ParticipationFact[]> {
  const sqlite = sqliteHandleOf(db);
  if (!sqlite) {
    return (await q.selectParticipationsForPeriod(db, from, to)).map((p) => ({
      gmcNumber: p.gmc_number,
      cohortCode: p.cohort_code,
      status: p.status,
      startDate: p.start_date,
      endDate: p.end_date,
    }));
  }
  const { reader } = readPacked(sqlite, q.selectPackedParticipations(db, from, to));
  const participations: ParticipationFact[] = [];
  while (!reader.done) {
    const gmcNumber = reader.characters(q.GMC_NUMBER_LENGTH);
    const startDate = reader.characters(10);
    const endDate = reader.charactersOrNull(10);
    participations.push({ gmcNumber, startDate, endDate, status: reader.text(), cohortCode: reader.text() });
  }
  return participations;
}

function groupSelfAssessments(rows: Awaited<ReturnType<typeof q.selectSelfAssessmentScores>>): SelfAssessmentFact[] {
  const byId = new Map<number, SelfAssessmentFact & { scores: number[] }>();
  for (const row of rows) {
    let assessment = byId.get(row.id);
    if (!assessment)
      byId.set(
        row.id,
        (assessment = { id: row.id, localityCode: row.locality_code, assessedOn: row.assessed_on, scores: [] }),
      );
    assessment.scores.push(Number(row.score));
  }
  return [...byId.values()];
}

/** The financial years a span of periods touches, e.g. `2023-24`, `2024-25`. */
function financialYearsOf(periods: readonly Period[]): string[] {
  return [...new Set(periods.map((period) => period.financialYear))];
}

/**
 * One load for any set of periods (a single period is a span of one): the rows of the span from
 * the first period's start to the last one's end, placements in a table for the sweep.
 * `breakdowns`: also the placements' programme and specialty (breakdowns, trainee lists); the
 * figures alone never read them.
 */
export async function loadMeasureRows(
  db: Kysely<Database>,
  periods: readonly Period[],
  breakdowns: boolean,
): Promise<MeasureRows & { placements: PlacementTable }> {
  const from = periods.reduce((min, p) => (p.from < min ? p.from : min), periods[0]!.from);
  const to = periods.reduce((max, p) => (p.to > max ? p.to : max), periods[0]!.to);
  const [
    placements,
    organisations,
    offers,
    offerStages,
    cohorts,
    participations,
    practiceRecords,
    assessmentScores,
    planActions,
  ] = await Promise.all([
    loadPlacementTable(db, from, to, { breakdowns, homeCandidatesOnly: periods.length === 1 }),
    q.selectOrganisationLocalities(db),
    q.selectOffers(db),
    q.selectOfferStages(db),
    q.selectCohorts(db),
    loadParticipations(db, from, to),
    q.selectPracticeRecords(db, financialYearsOf(periods)),
    q.selectSelfAssessmentScores(db, to),
    q.selectPlanActionsDue(db, to),
  ]);
  const stagesOf = new Map<string, string[]>();
  for (const row of offerStages) {
    const stages = stagesOf.get(row.offer_code) ?? [];
    stages.push(row.stage_code);
    stagesOf.set(row.offer_code, stages);
  }
  return {
    organisations: organisations.map((o) => ({ code: o.code, localityCode: o.locality_code })),
    placements,
    offers: offers.map((o) => ({
      code: o.code,
      scopeLocalityCode: o.scope_locality_code,
      tier: Number(o.tier),
      stages: stagesOf.get(o.code) ?? [],
    })),
    cohorts: cohorts.map((c) => ({
      code: c.code,
      offerCode: c.offer_code,
      startDate: c.start_date,
      endDate: c.end_date,
      places: Number(c.places),
    })),
    participations,
    practiceRecords: practiceRecords.map((r) => ({
      organisationCode: r.organisation_code,
      year: r.year,
      practicesProvided: WORKPLACE_PRACTICE_CODES.filter((code) => Number(r[code]) === 1).length,
    })),
    selfAssessments: groupSelfAssessments(assessmentScores),
    planActions: planActions.map((a) => ({ localityCode: a.locality_code, dueDate: a.due_date, status: a.status })),
  };
}

export async function loadTraineeProfiles(db: Kysely<Database>): Promise<Map<string, TraineeProfile>> {
  const rows = await q.selectTraineeProfiles(db);
  return new Map(
    rows.map((r) => [r.gmc_number, { sex: r.sex, ethnicGroup: r.ethnic_group, qualification: r.qualification }]),
  );
}
