/**
 * In post and home placement (PRODUCT.md §4): "A trainee is in post in P if any of their
 * placements overlaps P. Their home placement for P is the overlapping placement with the latest
 * start date (ties: the lowest external placement id, compared as text in code-point order,
 * whatever the database's collation)."
 *
 * One sweep serves any number of periods: placements grouped by trainee are read once, and each
 * placement competes only for the periods it overlaps. A single period is a sweep over a span of one.
 */
import type { Period } from '../periods';
import type { PlacementFact } from './facts';

/**
 * Compares two strings by Unicode code point. JavaScript's `<` compares UTF-16 code units, which
 * orders astral characters (surrogate pairs) before U+E000–U+FFFF; code-point order does not.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && x <= 0xdfff && y >= 0xd800 && y <= 0xdfff) return x - y;
    // A surrogate stands for a code point above U+FFFF, so it outranks any BMP unit from U+E000.
    const rankX = x >= 0xd800 && x <= 0xdfff ? 0x10000 : x;
    const rankY = y >= 0xd800 && y <= 0xdfff ? 0x10000 : y;
    return rankX - rankY;
  }
  return a.length - b.length;
}

/** Does `candidate` beat `current` as home placement: later start, or same start and lower id? */
function isBetterHome(candidate: PlacementFact, current: PlacementFact): boolean {
  if (candidate.startDate !== current.startDate) return candidate.startDate > current.startDate;
  return compareCodePoints(candidate.placementId, current.placementId) < 0;
}

/** Placements with each trainee's rows adjacent: as given when already ordered by trainee, else a sorted copy. */
function groupByTrainee(placements: readonly PlacementFact[]): readonly PlacementFact[] {
  for (let i = 1; i < placements.length; i++) {
    if (placements[i]!.gmcNumber < placements[i - 1]!.gmcNumber) {
      return [...placements].sort((a, b) => (a.gmcNumber < b.gmcNumber ? -1 : a.gmcNumber > b.gmcNumber ? 1 : 0));
    }
  }
  return placements;
}

/**
 * For each period (same order as `periods`), the home placement of every trainee in post in it.
 * Placements ordered by trainee (as the server loads them) are swept in one pass with no map;
 * any other order is sorted first. The result's rows are the input's objects, not copies.
 */
export function selectHomesByPeriod(
  placements: readonly PlacementFact[],
  periods: readonly Period[],
): PlacementFact[][] {
  const homes: PlacementFact[][] = periods.map(() => []);
  const froms = periods.map((period) => period.from);
  const tos = periods.map((period) => period.to);
  const best: (PlacementFact | undefined)[] = periods.map(() => undefined);
  const grouped = groupByTrainee(placements);
  let trainee: string | undefined;
  const settle = () => {
    for (let p = 0; p < best.length; p++) {
      const home = best[p];
      if (home) homes[p]!.push(home);
      best[p] = undefined;
    }
  };
  for (const placement of grouped) {
    if (placement.gmcNumber !== trainee) {
      settle();
      trainee = placement.gmcNumber;
    }
    for (let p = 0; p < froms.length; p++) {
      if (placement.startDate > tos[p]! || placement.endDate < froms[p]!) continue;
      const current = best[p];
      if (!current || isBetterHome(placement, current)) best[p] = placement;
    }
  }
  settle();
  return homes;
}
