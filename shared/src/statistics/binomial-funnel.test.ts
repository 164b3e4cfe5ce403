import { describe, expect, it } from 'vitest';
import { computeFunnelCurve, computeFunnelLimits } from './binomial-funnel';

// Expected limits computed independently with scipy.stats.binom.cdf and the same interpolation
// (and, for n = 10, by hand: F(8) = 1013/1024, F(7) = 968/1024 → (8 − 14.6/45) / 10).
const CASES: [number, number, [number, number, number, number]][] = [
  [10, 0.5, [0.00024, 0.13244444444444445, 0.7675555555555555, 0.89976]],
  [200, 0.73, [0.6273291106115287, 0.6649741537299704, 0.7880313844198785, 0.8209612118259468]],
  [4000, 0.31, [0.28741425417304944, 0.2955865744196776, 0.3242515546932921, 0.33260677609916045]],
  [50000, 0.8104, [0.8049551626331062, 0.8069482637210744, 0.8138199229722728, 0.8157894768387475]],
  [7, 0.9, [0.3318216175359033, 0.5671267135111934, 0.9925330300668297, 0.9997013212026732]],
];

describe('exact binomial funnel limits', () => {
  it.each(CASES)('n = %i, θ = %f', (n, theta, [lower998, lower95, upper95, upper998]) => {
    const limits = computeFunnelLimits(theta, n);
    expect(limits.lower998).toBeCloseTo(lower998, 9);
    expect(limits.lower95).toBeCloseTo(lower95, 9);
    expect(limits.upper95).toBeCloseTo(upper95, 9);
    expect(limits.upper998).toBeCloseTo(upper998, 9);
  });

  it('collapses to the target at 0% and 100%', () => {
    expect(computeFunnelLimits(0, 50)).toEqual({ denominator: 50, lower998: 0, lower95: 0, upper95: 0, upper998: 0 });
    expect(computeFunnelLimits(1, 50).lower998).toBe(1);
  });

  it('draws a curve from denominator 1 to the largest, narrowing as n grows', () => {
    const curve = computeFunnelCurve(0.5, 1000, 10);
    expect(curve[0]?.denominator).toBe(1);
    expect(curve.at(-1)?.denominator).toBe(1000);
    const widths = curve.map((point) => point.upper998 - point.lower998);
    expect(widths[widths.length - 1]).toBeLessThan(widths[0]!);
  });
});
