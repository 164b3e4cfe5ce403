/** Test data and builders shared by the tests of shared and client (not used by the product). */

import type { DisclosedFigures, Figures, Shown } from './disclosure';

/** A measure's exact figures: numerator, denominator and share. */
export const figures = (numerator: number, denominator: number, value: number | null): Figures => ({
  numerator,
  denominator,
  value,
});

/** A measure's figures as shown, where any of them may be hidden. */
export const shown = (numerator: Shown, denominator: Shown, value: DisclosedFigures['value']): DisclosedFigures => ({
  numerator,
  denominator,
  value,
});

/**
 * 13 localities' counts around England's pooled share 11 951 / 52 441 (= 0.22789855…). Each test that
 * reads them has its expected values computed for the counts it uses, by an independent Python program.
 */
export const THIRTEEN_LOCALITIES: readonly { numerator: number; denominator: number }[] = [
  [1441, 6299],
  [820, 3650],
  [905, 4102],
  [1210, 5003],
  [640, 3300],
  [1502, 6010],
  [700, 2900],
  [388, 2011],
  [1020, 4490],
  [930, 3880],
  [455, 2540],
  [610, 2705],
  [1330, 5550],
].map(([numerator, denominator]) => ({ numerator: numerator!, denominator: denominator! }));
