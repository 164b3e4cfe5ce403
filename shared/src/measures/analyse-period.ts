/**
 * The measures of PRODUCT.md §4 for every locality in one period, from plain rows. For a locality
 * L and a reporting period P (inclusive dates): "Trainees in post N(L,P): trainees in post in P
 * whose locality for P is L." See the modules below for each measure's definition.
 */

import type { Period } from '../periods';
import { LOCALITY_CODES } from '../reference/localities';
import type { MeasureCode } from '../reference/measures';
import { type AvailableTiers, findAvailableTiers } from './availability';
import type { MeasureInputs, MeasureRows, PlacementFact } from './facts';
import { selectHomesByPeriod } from './home-placement';
import {
  countCompletions,
  countFill,
  countFloorMet,
  countPlanDelivery,
  scoreSelfAssessment,
} from './locality-measures';
import { type MeasureValue, toMeasureValue } from './ratio';
import { buildTraineeFacts, type TraineeFact } from './trainee-facts';
import { countTraineeMeasures } from './trainee-measures';

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
  /** Trainees in post in P with a known locality, for breakdowns. */
  trainees: TraineeFact[];
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
 * before asking for the next lets its trainee rows die young (a 20-quarter trend holds 1.5 million
 * of them, and keeping them all alive made garbage collection the sweep's largest cost).
 */
export function* sweepPeriods(rows: MeasureRows, periods: readonly Period[]): Generator<PeriodAnalysis> {
  const organisationLocality = new Map(rows.organisations.map((o) => [o.code, o.localityCode]));
  const homes = selectHomesByPeriod(rows.placements, periods);
  for (const [i, period] of periods.entries()) {
    yield countPeriod({ ...rows, period }, homes[i]!, organisationLocality);
  }
}

/** The measures of one period: a sweep over a span of one. */
export function analysePeriod(inputs: MeasureInputs): PeriodAnalysis {
  return analysePeriods(inputs, [inputs.period])[0]!;
}

function countPeriod(
  inputs: MeasureInputs,
  homes: readonly PlacementFact[],
  organisationLocality: ReadonlyMap<string, string>,
): PeriodAnalysis {
  const available = findAvailableTiers(inputs.offers, inputs.cohorts, inputs.period);
  const trainees = buildTraineeFacts(inputs, available, homes, organisationLocality);
  const byLocality = new Map<string, TraineeFact[]>(LOCALITY_CODES.map((code) => [code, []]));
  for (const trainee of trainees) byLocality.get(trainee.localityCode)?.push(trainee);
  const completions = countCompletions(inputs, trainees);
  const fill = countFill(inputs);
  const noData = toMeasureValue(0, 0);
  const localities = LOCALITY_CODES.map((code): LocalityMeasures => {
    const { traineesInPost, ...traineeMeasures } = countTraineeMeasures(byLocality.get(code) ?? []);
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
  return { period: inputs.period, available, trainees, localities };
}
