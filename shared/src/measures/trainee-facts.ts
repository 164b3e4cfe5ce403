/**
 * One row per trainee in post in P, carrying everything the trainee-based measures (M1, M3, M6)
 * and their breakdowns need. "Their locality and stage for P are those of the home placement
 * (locality of its organisation; stage of its grade)."
 */

import { WORKPLACE_STANDARD_MIN_PRACTICES } from '../reference/practices';
import type { MeasureInputs, PlacementFact } from './facts';
import { type DaySpan, type ParticipationTable, TAKEN_UP } from './participation-table';

export interface TraineeFact {
  gmcNumber: string;
  localityCode: string;
  /** Null only for a grade outside §3, which imports reject. */
  stage: string | null;
  home: PlacementFact;
  /** Tiers with at least one offer available to the trainee's stage in their locality. */
  accessTiers: ReadonlySet<number>;
  /** M3: at least one enrolled or completed participation starting in P (any offer, any scope). */
  tookUp: boolean;
  /** Tiers of the offers behind those participations. */
  uptakeTiers: ReadonlySet<number>;
  /** M6: the home organisation provides ≥ 5 of the 9 practices in the financial year of P's start. */
  meetsWorkplaceStandard: boolean;
}

/**
 * Per trainee index, the tiers of their enrolled/completed participations starting in P (an offer
 * not on record adds no tier); only trainees with such a participation are keys.
 */
export function collectUptake(participations: ParticipationTable, period: DaySpan): Map<number, Set<number>> {
  const uptake = new Map<number, Set<number>>();
  const { trainee, start, status, cohort, cohortTier } = participations;
  for (let i = 0; i < participations.length; i++) {
    const t = trainee[i]!;
    if (t < 0 || (status[i]! & TAKEN_UP) === 0 || start[i]! < period.from || start[i]! > period.to) continue;
    let tiers = uptake.get(t);
    if (!tiers) uptake.set(t, (tiers = new Set()));
    const tier = cohort[i]! < 0 ? -1 : cohortTier[cohort[i]!]!;
    if (tier >= 0) tiers.add(tier);
  }
  return uptake;
}

/** M6: the organisations providing at least 5 of the 9 practices in the financial year of P's start. */
export function findStandardOrganisations(inputs: MeasureInputs): Set<string> {
  const year = inputs.period.financialYear;
  return new Set(
    inputs.practiceRecords
      .filter((record) => record.year === year && record.practicesProvided >= WORKPLACE_STANDARD_MIN_PRACTICES)
      .map((record) => record.organisationCode),
  );
}
