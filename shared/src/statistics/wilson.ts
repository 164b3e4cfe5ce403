/**
 * Comparison of a proportion with England's, the Fingertips method (PRODUCT.md §12.1).
 *
 * Source: Wilson E.B. (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22:209–212, in the closed form used by the PHE Fingertips technical guidance
 * ("Confidence intervals for proportions", Newcombe 1998 method 3):
 *   (2r + z² ∓ z·√(z² + 4r(1 − p))) / (2(n + z²)),  p = r / n.
 * A locality is "better" when its whole interval lies above England's pooled value, "worse" when
 * wholly below, "similar" otherwise — an interval touching England's value is similar.
 */

export type Interval = [lower: number, upper: number];

export type EnglandComparison = 'better' | 'similar' | 'worse' | 'not compared';

/** The Wilson score interval for r successes in n > 0 trials; null when n is 0. */
export function wilsonInterval(numerator: number, denominator: number, z: number): Interval | null {
  if (denominator <= 0) return null;
  const p = numerator / denominator;
  const centre = 2 * numerator + z * z;
  const spread = z * Math.sqrt(z * z + 4 * numerator * (1 - p));
  const scale = 2 * (denominator + z * z);
  // At r = 0 and r = n the closed form is exactly 0 and 1; in floating point it can miss by one
  // unit, which would judge a 100% locality "worse" than a 100% England instead of "similar".
  return [numerator === 0 ? 0 : (centre - spread) / scale, numerator === denominator ? 1 : (centre + spread) / scale];
}

/**
 * Better / Similar / Worse than England's pooled value for a "higher is better" measure.
 * "not compared" when there is no interval (zero denominator) or no England value.
 */
export function compareWithEngland(interval: Interval | null, england: number | null): EnglandComparison {
  if (interval === null || england === null) return 'not compared';
  if (interval[0] > england) return 'better';
  if (interval[1] < england) return 'worse';
  return 'similar';
}
