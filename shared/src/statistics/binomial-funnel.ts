/**
 * Funnel-plot control limits for a proportion, from the exact binomial distribution with the
 * interpolation used by PHE Fingertips (Spiegelhalter 2005, "Funnel plots for comparing
 * institutional performance", appendix): for a target proportion θ, denominator n and
 * probability P, r_P is the smallest r with F(r) ≥ P, α = (F(r_P) − P) / (F(r_P) − F(r_P − 1)),
 * and the limit is (r_P − α) / n. The 95% limits use P = 0.025 / 0.975, the 99.8% limits
 * P = 0.001 / 0.999.
 *
 * The binomial probabilities are built by the ratio recurrence from the mode and normalised,
 * exact to double precision for any n — jStat's binomial CDF rounds to 1e-10, which is too coarse
 * for the interpolation in the far tails of large denominators.
 */

export interface FunnelLimits {
  denominator: number;
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

export type FunnelFlag = 'high' | 'low' | null;

/** Cumulative binomial probabilities F(0..n) for n trials with success probability θ, 0 < θ < 1. */
function cumulativeBinomial(n: number, theta: number): Float64Array {
  const pmf = new Float64Array(n + 1);
  const mode = Math.min(n, Math.floor((n + 1) * theta));
  const odds = theta / (1 - theta);
  pmf[mode] = 1;
  for (let k = mode; k < n; k++) pmf[k + 1] = pmf[k]! * ((n - k) / (k + 1)) * odds;
  for (let k = mode; k > 0; k--) pmf[k - 1] = (pmf[k]! * (k / (n - k + 1))) / odds;
  let total = 0;
  for (let k = 0; k <= n; k++) total += pmf[k]!;
  const cdf = new Float64Array(n + 1);
  let running = 0;
  for (let k = 0; k <= n; k++) {
    running += pmf[k]! / total;
    cdf[k] = running;
  }
  return cdf;
}

/** The interpolated limit (r_P − α) / n, clamped to [0, 1]. */
function interpolateLimit(cdf: Float64Array, n: number, probability: number): number {
  let r = 0;
  while (r < n && cdf[r]! < probability) r++;
  const below = r === 0 ? 0 : cdf[r - 1]!;
  const alpha = (cdf[r]! - probability) / (cdf[r]! - below);
  return Math.min(1, Math.max(0, (r - alpha) / n));
}

/** Limits around the target proportion θ (e.g. England's pooled value) for one denominator n ≥ 1. */
export function computeFunnelLimits(theta: number, n: number): FunnelLimits {
  if (theta <= 0 || theta >= 1) {
    // No variation is possible around 0% or 100%: every limit is the target itself.
    return { denominator: n, lower998: theta, lower95: theta, upper95: theta, upper998: theta };
  }
  const cdf = cumulativeBinomial(n, theta);
  return {
    denominator: n,
    lower998: interpolateLimit(cdf, n, 0.001),
    lower95: interpolateLimit(cdf, n, 0.025),
    upper95: interpolateLimit(cdf, n, 0.975),
    upper998: interpolateLimit(cdf, n, 0.999),
  };
}

/** Denominators for drawing limit curves: `points` of them from 1 to `maxDenominator`, spaced evenly on a log scale. */
export function curveDenominators(maxDenominator: number, points = 40): number[] {
  const top = Math.max(1, Math.ceil(maxDenominator));
  const denominators = new Set<number>();
  for (let i = 0; i < points; i++)
    denominators.add(Math.max(1, Math.round(Math.exp((Math.log(top) * i) / Math.max(1, points - 1)))));
  denominators.add(top);
  return [...denominators].sort((a, b) => a - b);
}

/** The exact limit curves for a chart, from denominator 1 to `maxDenominator`. */
export function computeFunnelCurve(theta: number, maxDenominator: number, points = 40): FunnelLimits[] {
  return curveDenominators(maxDenominator, points).map((n) => computeFunnelLimits(theta, n));
}
