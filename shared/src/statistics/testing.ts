/** Test data shared by the statistics tests (not used by the product). */

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
