/**
 * The measures of PRODUCT.md §4 for every locality in one period, from plain rows. For a locality
 * L and a reporting period P (inclusive dates): "Trainees in post N(L,P): trainees in post in P
 * whose locality for P is L." See the modules below for each measure's definition.
 */

import type { Period } from '../periods';
import { LOCALITY_CODES, type LocalityCode } from '../reference/localities';
import type { MeasureCode } from '../reference/measures';
import { stageOfGrade } from '../reference/stages';
import { type AvailableTiers, findAvailableTiers, NO_TIERS, tiersAvailable } from './availability';
import type { MeasureInputs, MeasureRows } from './facts';
import { selectHomeRows } from './home-placement';
import {
  countCompletions,
  countFill,
  countFloorMet,
  countPlanDelivery,
  scoreSelfAssessment,
} from './locality-measures';
import { daySpanOf, ParticipationTable } from './participation-table';
import { PlacementTable, toPlacementTable } from './placement-table';
import { type MeasureValue, toMeasureValue } from './ratio';
import { collectUptake, findStandardOrganisations, type TraineeFact } from './trainee-facts';
import { TraineeTally } from './trainee-measures';

export type MeasureSet = Record<MeasureCode, MeasureValue>;

/** One locality's row of the §9 CLI JSON contract. */
export interface LocalityMeasures {
  code: string;
  traineesInPost: number;
  measures: MeasureSet;
}

export interface PeriodAnalysis {
  period: Period;
  available: AvailableTiers;
  /** Trainees in post in P with a known locality, for breakdowns (built when first read). */
  readonly trainees: TraineeFact[];
  /** Every locality of §3, in reference order. */
  localities: LocalityMeasures[];
}

/**
 * Every period of `periods` from one load of rows: one sweep finds each trainee's home placement
 * for all of them, then each period is counted on its own. Rows outside a period are ignored for it.
 */
export function analysePeriods(rows: MeasureRows, periods: readonly Period[]): PeriodAnalysis[] {
  return [...sweepPeriods(rows, periods)];
}

/**
 * `analysePeriods` one period at a time, in order: a caller that stores each period's figures
 * before asking for the next lets its rows die young. One pass over the placements finds every
 * period's home placements; each period is then counted from the table's columns, with no row per
 * trainee unless its `trainees` are read (breakdowns, trainee lists).
 */
export function* sweepPeriods(rows: MeasureRows, periods: readonly Period[]): Generator<PeriodAnalysis> {
  const table = rows.placements instanceof PlacementTable ? rows.placements : toPlacementTable(rows.placements);
  const localityOfOrganisation = new Map(rows.organisations.map((o) => [o.code, o.localityCode]));
  const places: TablePlaces = {
    table,
    localityCodeOf: table.organisations.values.map((code) => localityOfOrganisation.get(code)),
    localityIndexOf: table.organisations.values.map((code) => {
      const localityCode = localityOfOrganisation.get(code);
      return localityCode === undefined ? -1 : LOCALITY_CODES.indexOf(localityCode as LocalityCode);
    }),
    stageOf: table.grades.values.map((grade) => stageOfGrade(grade) ?? null),
  };
  const participations = new ParticipationTable(rows, table);
  const homes = selectHomeRows(table, periods);
  for (const [i, period] of periods.entries()) {
    yield countPeriod({ ...rows, period }, places, participations, homes[i]!);
  }
}

/** The measures of one period: a sweep over a span of one. */
export function analysePeriod(inputs: MeasureInputs): PeriodAnalysis {
  return analysePeriods(inputs, [inputs.period])[0]!;
}

/** What a placement table's dictionaries stand for: per organisation its locality, per grade its stage. */
interface TablePlaces {
  table: PlacementTable;
  /** By organisation index: the locality code, undefined for an organisation not on record. */
  localityCodeOf: (string | undefined)[];
  /** By organisation index: the index in LOCALITY_CODES, -1 if none. */
  localityIndexOf: number[];
  /** By grade index. */
  stageOf: (string | null)[];
}

/** `homes`: by trainee index, the row of their home placement for P, -1 if not in post. */
function countPeriod(
  inputs: MeasureInputs,
  places: TablePlaces,
  participations: ParticipationTable,
  homes: Int32Array,
): PeriodAnalysis {
  const { table, localityCodeOf, localityIndexOf, stageOf } = places;
  const span = daySpanOf(inputs.period);
  const available = findAvailableTiers(inputs.offers, inputs.cohorts, inputs.period);
  const uptakeOf = collectUptake(participations, span);
  const tookUpAny = new Uint8Array(homes.length);
  for (const trainee of uptakeOf.keys()) tookUpAny[trainee] = 1;
  const standardOrganisations = findStandardOrganisations(inputs);
  const meetsStandard = table.organisations.values.map((code) => standardOrganisations.has(code));
  const accessOf = (localityCode: string, grade: number) => {
    const stage = stageOf[grade]!;
    return stage === null ? NO_TIERS : tiersAvailable(available, localityCode, stage);
  };
  // Trainees in post by locality and grade (index locality * grades + grade): every trainee of a
  // group has the same access tiers, so the tiers are counted once per group, not per trainee.
  const grades = stageOf.length;
  const inPost = new Int32Array(LOCALITY_CODES.length * grades);
  const tookUp = new Int32Array(inPost.length);
  const meetingStandard = new Int32Array(inPost.length);
  for (let trainee = 0; trainee < homes.length; trainee++) {
    const row = homes[trainee]!;
    if (row < 0) continue;
    const organisation = table.organisation[row]!;
    const locality = localityIndexOf[organisation]!;
    if (locality < 0) continue;
    const group = locality * grades + table.grade[row]!;
    inPost[group]!++;
    tookUp[group]! += tookUpAny[trainee]!;
    if (meetsStandard[organisation]) meetingStandard[group]!++;
  }
  const tallies = LOCALITY_CODES.map((code, locality) => {
    const tally = new TraineeTally();
    for (let grade = 0; grade < grades; grade++) {
      const group = locality * grades + grade;
      if (inPost[group]! > 0) tally.add(accessOf(code, grade), inPost[group]!, tookUp[group]!, meetingStandard[group]!);
    }
    return tally;
  });
  const completions = countCompletions(participations, span, (trainee) => {
    const row = homes[trainee]!;
    return row < 0 ? undefined : localityCodeOf[table.organisation[row]!];
  });
  const fill = countFill(participations, span);
  const noData = toMeasureValue(0, 0);
  const localities = LOCALITY_CODES.map((code, i): LocalityMeasures => {
    const { traineesInPost, ...traineeMeasures } = tallies[i]!.measures();
    return {
      code,
      traineesInPost,
      measures: {
        M1: traineeMeasures.M1,
        'M1.1': traineeMeasures['M1.1'],
        'M1.2': traineeMeasures['M1.2'],
        'M1.3': traineeMeasures['M1.3'],
        M2: countFloorMet(available, code),
        M3: traineeMeasures.M3,
        M4: completions.get(code) ?? noData,
        M5: fill.get(code) ?? noData,
        M6: traineeMeasures.M6,
        M7: scoreSelfAssessment(inputs.selfAssessments, code, inputs.period),
        M8: countPlanDelivery(inputs.planActions, code, inputs.period),
      },
    };
  });
  /** One row per trainee in post with a known locality, ordered by GMC number: only breakdowns and lists read them. */
  const listTrainees = (): TraineeFact[] => {
    const trainees: TraineeFact[] = [];
    for (let trainee = 0; trainee < homes.length; trainee++) {
      const row = homes[trainee]!;
      if (row < 0) continue;
      const organisation = table.organisation[row]!;
      const localityCode = localityCodeOf[organisation];
      if (localityCode === undefined) continue;
      const uptakeTiers = uptakeOf.get(trainee);
      trainees.push({
        gmcNumber: table.trainees.values[trainee]!,
        localityCode,
        stage: stageOf[table.grade[row]!]!,
        home: table.factAt(row),
        accessTiers: accessOf(localityCode, table.grade[row]!),
        tookUp: uptakeTiers !== undefined,
        uptakeTiers: uptakeTiers ?? NO_TIERS,
        meetsWorkplaceStandard: meetsStandard[organisation]!,
      });
    }
    return trainees.sort((a, b) => (a.gmcNumber < b.gmcNumber ? -1 : a.gmcNumber > b.gmcNumber ? 1 : 0));
  };
  let trainees: TraineeFact[] | undefined;
  return {
    period: inputs.period,
    available,
    get trainees() {
      trainees ??= listTrainees();
      return trainees;
    },
    localities,
  };
}
