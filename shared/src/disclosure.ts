/**
 * Disclosure control (PRODUCT.md §4): "Outside a user's own locality, and in every export, a count
 * from 1 to 7 (and any percentage computed from such a numerator or denominator) is shown as `*`
 * ('suppressed: fewer than 8')." Zero is shown: it identifies no one.
 */
export const SUPPRESSED = '*' as const;
export type Suppressed = typeof SUPPRESSED;
/** Plain-language label for a suppressed figure. */
export const SUPPRESSED_LABEL = 'fewer than 8 (hidden)';

export function isDisclosive(count: number): boolean {
  return count >= 1 && count <= 7;
}

export function discloseCount(count: number): number | Suppressed {
  return isDisclosive(count) ? SUPPRESSED : count;
}

export interface DisclosedFigures {
  numerator: number | Suppressed;
  denominator: number | Suppressed;
  value: number | null | Suppressed;
}

/** Suppresses each count from 1 to 7, and the share whenever either of its counts is suppressed. */
export function discloseFigures(figures: {
  numerator: number;
  denominator: number;
  value: number | null;
}): DisclosedFigures {
  const hidden = isDisclosive(figures.numerator) || isDisclosive(figures.denominator);
  return {
    numerator: discloseCount(figures.numerator),
    denominator: discloseCount(figures.denominator),
    value: hidden ? SUPPRESSED : figures.value,
  };
}
