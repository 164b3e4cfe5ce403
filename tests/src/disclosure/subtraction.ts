/**
 * What a viewer can work out by subtraction. A *sum* is a total shown together with its parts (a
 * part may be unshown, like the withdrawals inside M4's denominator). From how each count is shown
 * the viewer knows a range for it; a part is *recovered* when the total's range minus the other
 * parts' ranges, met with the part's own range, leaves exactly one value.
 */
import type { Shown } from './walk-figures';

/** Where a shown count sits: England's are exact (but `*`), the rest rounded under the new rule. */
export type Level = 'england' | 'below-england';
/** `current`: PRODUCT.md §4 as it stands; `old`: the rule before issue 16 (only 1–7 hidden). */
export type Rule = 'current' | 'old';

export interface Part {
  label: string;
  /** As shown to the viewer; null when the part is not shown at all. */
  shown: Shown | null;
  exact: number;
  level: Level;
}

export interface Sum {
  kind: string;
  label: string;
  total: Part;
  parts: Part[];
}

/** The count as the rule before issue 16 showed it: `*` for 1 to 7, otherwise exact. */
export function showUnderOldRule(count: number): Shown {
  return count >= 1 && count <= 7 ? '*' : count;
}

function rangeOf(part: Part, rule: Rule): [number, number] {
  if (part.shown === null) return [0, Number.POSITIVE_INFINITY];
  if (part.shown === '*') return [1, 7];
  if (rule === 'old' || part.level === 'england' || part.shown === 0) return [part.shown, part.shown];
  // Rounded to the nearest 5, and not 1 to 7: 10 stands for 8 to 12, 15 for 13 to 17.
  return [Math.max(8, part.shown - 2), part.shown + 2];
}

export interface Recovery {
  sum: Sum;
  part: Part;
  value: number;
  /**
   * Pinned only because the whole sum sits at a corner: the total's bound equals the sum of every
   * part's lowest (or highest) value, so every part is at its bound at once — e.g. a total of at
   * most 12 over 12 cells shown as `*` makes each cell 1. No subtraction of shown figures is
   * involved; the §4 rule (0 shown as 0, 1–7 as `*`) cannot prevent it.
   */
  corner: boolean;
}

/** The parts of a sum (with a true count of at least 1) that the viewer can pin down exactly. */
export function recoverable(sum: Sum, rule: Rule): Recovery[] {
  const ranges = sum.parts.map((p) => rangeOf(p, rule));
  const [totalLow, totalHigh] = rangeOf(sum.total, rule);
  const lowest = ranges.reduce((sum, [low]) => sum + low, 0);
  const highest = ranges.reduce((sum, [, high]) => sum + high, 0);
  const corner = lowest === totalHigh || highest === totalLow;
  const found: Recovery[] = [];
  sum.parts.forEach((part, i) => {
    const [ownLow, ownHigh] = ranges[i]!;
    if (part.exact === 0 || ownLow === ownHigh) return;
    let othersLow = 0;
    let othersHigh = 0;
    ranges.forEach(([low, high], j) => {
      if (j === i) return;
      othersLow += low;
      othersHigh += high;
    });
    const low = Math.max(ownLow, totalLow - othersHigh);
    const high = Math.min(ownHigh, totalHigh - othersLow);
    if (low === high) found.push({ sum, part, value: low, corner });
  });
  return found;
}

/** "total 3,018 shown as 3,018; parts 3,011 shown → Public Health = 7 (exact 7)" */
export function describeRecovery({ sum, part, value }: Recovery): string {
  const shownParts = sum.parts.filter((p) => p !== part).map((p) => `${p.label} ${p.shown ?? '(not shown)'}`);
  return `${sum.label}: total ${sum.total.shown} (exact ${sum.total.exact}); other parts ${shownParts.join(', ')} → ${part.label} = ${value} (exact ${part.exact})`;
}
