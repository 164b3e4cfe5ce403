/**
 * Disclosure control — the NHS Digital rule of PRODUCT.md §4, the only place that hides or rounds
 * a figure. A *people count* (trainees or participations) is shown:
 * - below England level (a locality, a region, a breakdown cell): `0` when 0, `*` for 1 to 7,
 *   otherwise rounded to the nearest 5 (halves up: 8 → 10, 12 → 10, 13 → 15);
 * - at England level: exact, except `*` for 1 to 7;
 * - in the viewer's own locality on screen: exact.
 * Rounding every sub-England count is what stops a hidden count coming back by subtraction
 * (a total minus its shown parts); a share is computed from the figures as shown, so it gives
 * nothing back either. Counts that are not people — M2's stages, M7's scores, M8's plan actions,
 * M5's places — are never hidden or rounded.
 */
import type { MeasureCode } from './reference/measures';

export const SUPPRESSED = '*' as const;
export type Suppressed = typeof SUPPRESSED;
/** Plain-language label for a suppressed figure. */
export const SUPPRESSED_LABEL = 'fewer than 8 (hidden)';
/** Said once on every page that shows figures of other localities. */
export const DISCLOSURE_NOTE = 'counts outside your locality are rounded to the nearest 5; 1 to 7 are shown as *';
/** The judgement shown instead of Better/Similar/Worse, a funnel flag or an SPC signal on a hidden figure. */
export const NOT_COMPARED = 'not compared' as const;

/** A people count as shown: a whole number, or `*`. */
export type Shown = number | Suppressed;

/**
 * How a figure stands to its viewer: `exact` (own locality on screen), `england` (England's
 * pooled counts) or `below-england` (any other locality, a region or a breakdown cell, and every
 * sub-England count in an export).
 */
export type DisclosureLevel = 'exact' | 'england' | 'below-england';

/** Which parts of each measure count people (PRODUCT.md §4). */
const PEOPLE_COUNTS: Record<MeasureCode, { numerator: boolean; denominator: boolean }> = {
  M1: { numerator: true, denominator: true },
  'M1.1': { numerator: true, denominator: true },
  'M1.2': { numerator: true, denominator: true },
  'M1.3': { numerator: true, denominator: true },
  M2: { numerator: false, denominator: false },
  M3: { numerator: true, denominator: true },
  M4: { numerator: true, denominator: true },
  M5: { numerator: true, denominator: false },
  M6: { numerator: true, denominator: true },
  M7: { numerator: false, denominator: false },
  M8: { numerator: false, denominator: false },
};

/** Whether a measure has any people count (so may be `*` for someone). */
export function countsPeople(measureCode: MeasureCode): boolean {
  return PEOPLE_COUNTS[measureCode].numerator;
}

function isHidden(count: number): boolean {
  return count >= 1 && count <= 7;
}

/** A people count as the viewer may see it. */
export function discloseCount(count: number, level: DisclosureLevel): Shown {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`A people count is a whole number ≥ 0, not ${count}.`);
  if (level === 'exact' || count === 0) return count;
  if (isHidden(count)) return SUPPRESSED;
  // Counts are whole numbers, so count / 5 never ends in .5: Math.round is "nearest, halves up".
  return level === 'england' ? count : Math.round(count / 5) * 5;
}

/**
 * A share computed from the figures as shown, to 4 decimal places like every measure value;
 * `*` when either figure is hidden, null ("no data") when the denominator is 0.
 */
export function shareOf(numerator: Shown, denominator: Shown): number | null | Suppressed {
  if (numerator === SUPPRESSED || denominator === SUPPRESSED) return SUPPRESSED;
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

export interface Figures {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface DisclosedFigures {
  numerator: Shown;
  denominator: Shown;
  value: number | null | Suppressed;
}

/** One measure's figures as the viewer may see them. */
export function discloseMeasure(measureCode: MeasureCode, figures: Figures, level: DisclosureLevel): DisclosedFigures {
  const people = PEOPLE_COUNTS[measureCode];
  if (level === 'exact' || !people.numerator) {
    return { numerator: figures.numerator, denominator: figures.denominator, value: figures.value };
  }
  const numerator = discloseCount(figures.numerator, level);
  const denominator = people.denominator ? discloseCount(figures.denominator, level) : figures.denominator;
  return { numerator, denominator, value: shareOf(numerator, denominator) };
}

/** Every measure of a set, as the viewer may see them. */
export function discloseMeasureSet<S extends Partial<Record<MeasureCode, Figures>>>(
  measures: S,
  level: DisclosureLevel,
): { [K in keyof S]: DisclosedFigures } {
  return Object.fromEntries(
    Object.entries(measures).map(([code, figures]) => [
      code,
      discloseMeasure(code as MeasureCode, figures as Figures, level),
    ]),
  ) as { [K in keyof S]: DisclosedFigures };
}

/**
 * A statistical judgement (computed from exact counts) as shown beside the disclosed figures:
 * `not compared` where the viewer sees the figure as `*`.
 */
export function judgementShown<J>(judgement: J, shown: DisclosedFigures): J | typeof NOT_COMPARED {
  return shown.value === SUPPRESSED ? NOT_COMPARED : judgement;
}
