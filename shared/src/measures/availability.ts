/**
 * Availability (PRODUCT.md §4): "An offer is available to stage S in L during P if S is among its
 * eligible stages, its scope is L or national, and it has a cohort whose dates overlap P."
 */
import { overlaps, type Period } from '../periods';
import { LOCALITY_CODES } from '../reference/localities';
import type { CohortFact, OfferFact } from './facts';

/** For each locality and stage, the tiers with at least one available offer. */
export type AvailableTiers = Map<string, Map<string, Set<number>>>;

/** Offers that have a cohort overlapping P, whatever their scope. */
export function selectRunningOffers(
  offers: readonly OfferFact[],
  cohorts: readonly CohortFact[],
  period: Period,
): OfferFact[] {
  const running = new Set<string>();
  for (const cohort of cohorts) {
    if (overlaps(cohort.startDate, cohort.endDate, period.from, period.to)) running.add(cohort.offerCode);
  }
  return offers.filter((offer) => running.has(offer.code));
}

export function findAvailableTiers(
  offers: readonly OfferFact[],
  cohorts: readonly CohortFact[],
  period: Period,
): AvailableTiers {
  const available: AvailableTiers = new Map(LOCALITY_CODES.map((code) => [code, new Map<string, Set<number>>()]));
  for (const offer of selectRunningOffers(offers, cohorts, period)) {
    const localities = offer.scopeLocalityCode === null ? LOCALITY_CODES : [offer.scopeLocalityCode];
    for (const localityCode of localities) {
      let byStage = available.get(localityCode);
      if (!byStage) available.set(localityCode, (byStage = new Map()));
      for (const stage of offer.stages) {
        let tiers = byStage.get(stage);
        if (!tiers) byStage.set(stage, (tiers = new Set()));
        tiers.add(offer.tier);
      }
    }
  }
  return available;
}

/** Shared by every trainee without tiers: most trainees take up nothing, and an empty set each was GC work. */
export const NO_TIERS: ReadonlySet<number> = new Set();

export function tiersAvailable(available: AvailableTiers, localityCode: string, stage: string): ReadonlySet<number> {
  return available.get(localityCode)?.get(stage) ?? NO_TIERS;
}
