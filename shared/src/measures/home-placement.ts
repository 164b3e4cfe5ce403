/**
 * In post and home placement (PRODUCT.md §4): "A trainee is in post in P if any of their
 * placements overlaps P. Their home placement for P is the overlapping placement with the latest
 * start date (ties: the lowest external placement id, compared as text in code-point order,
 * whatever the database's collation)."
 */
import { overlaps, type Period } from '../periods';
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

/** Each trainee in post in P, mapped to their home placement for P. */
export function selectHomePlacements(placements: readonly PlacementFact[], period: Period): Map<string, PlacementFact> {
  const homes = new Map<string, PlacementFact>();
  for (const placement of placements) {
    if (!overlaps(placement.startDate, placement.endDate, period.from, period.to)) continue;
    const current = homes.get(placement.gmcNumber);
    if (!current || isBetterHome(placement, current)) homes.set(placement.gmcNumber, placement);
  }
  return homes;
}
