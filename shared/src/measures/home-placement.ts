/**
 * In post and home placement (PRODUCT.md §4): "A trainee is in post in P if any of their
 * placements overlaps P. Their home placement for P is the overlapping placement with the latest
 * start date (ties: the lowest external placement id, compared as text in code-point order,
 * whatever the database's collation)."
 *
 * One sweep serves any number of periods: placements are read once, and each placement competes
 * only for the periods it overlaps. A single period is a sweep over a span of one.
 */
import type { Period } from '../periods';
import type { PlacementFact } from './facts';
import { dateNumber, type PlacementTable, toPlacementTable } from './placement-table';

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

/**
 * For each period (same order as `periods`), the home placement of every trainee of `table`: its
 * row, or -1 for a trainee not in post in that period (indexed by trainee). One pass over the rows
 * in any order: each row competes only for the periods it overlaps, against the best row so far
 * (later start; same start, lower placement id).
 */
export function selectHomeRows(table: PlacementTable, periods: readonly Period[]): Int32Array[] {
  const traineeCount = table.trainees.values.length;
  const homes = periods.map(() => new Int32Array(traineeCount).fill(-1));
  const froms = periods.map((period) => dateNumber(period.from));
  const tos = periods.map((period) => dateNumber(period.to));
  const { trainee, start, end, placementId } = table;
  for (let row = 0; row < table.length; row++) {
    const t = trainee[row]!;
    const s = start[row]!;
    const e = end[row]!;
    for (let p = 0; p < homes.length; p++) {
      if (s > tos[p]! || e < froms[p]!) continue;
      const best = homes[p]!;
      const current = best[t]!;
      if (
        current < 0 ||
        s > start[current]! ||
        (s === start[current]! && compareCodePoints(placementId[row]!, placementId[current]!) < 0)
      ) {
        best[t] = row;
      }
    }
  }
  return homes;
}

/** `selectHomeRows` for placement facts: each period's home placements (the input's objects). */
export function selectHomesByPeriod(
  placements: readonly PlacementFact[],
  periods: readonly Period[],
): PlacementFact[][] {
  return selectHomeRows(toPlacementTable(placements), periods).map((homes) =>
    [...homes].filter((row) => row >= 0).map((row) => placements[row]!),
  );
}
