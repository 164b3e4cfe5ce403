/**
 * One row per trainee in post in P, carrying everything the trainee-based measures (M1, M3, M6)
 * and their breakdowns need. "Their locality and stage for P are those of the home placement
 * (locality of its organisation; stage of its grade)."
 */

import type { Period } from '../periods';
import { WORKPLACE_STANDARD_MIN_PRACTICES } from '../reference/practices';
import type { MeasureInputs, PlacementFact } from './facts';

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

export const UPTAKE_STATUSES: ReadonlySet<string> = new Set(['enrolled', 'completed']);

export function isWithin(date: string | null, period: Period): date is string {
  return date !== null && date >= period.from && date <= period.to;
}

/** Offer tier of each cohort, for per-tier uptake. */
function mapCohortTiers(inputs: MeasureInputs): Map<string, number> {
  const offerTier = new Map(inputs.offers.map((offer) => [offer.code, offer.tier]));
  const cohortTier = new Map<string, number>();
  for (const cohort of inputs.cohorts) {
    const tier = offerTier.get(cohort.offerCode);
    if (tier !== undefined) cohortTier.set(cohort.code, tier);
  }
  return cohortTier;
}

/** Per trainee, the tiers of their enrolled/completed participations starting in P (0 = unknown cohort). */
export function collectUptake(inputs: MeasureInputs): Map<string, Set<number>> {
  const cohortTier = mapCohortTiers(inputs);
  const uptake = new Map<string, Set<number>>();
  for (const participation of inputs.participations) {
    if (!UPTAKE_STATUSES.has(participation.status) || !isWithin(participation.startDate, inputs.period)) continue;
    let tiers = uptake.get(participation.gmcNumber);
    if (!tiers) uptake.set(participation.gmcNumber, (tiers = new Set()));
    const tier = cohortTier.get(participation.cohortCode);
    if (tier !== undefined) tiers.add(tier);
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
