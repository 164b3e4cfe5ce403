/**
 * A funnel plot's reading (PRODUCT.md §12.2): for each point its exact binomial limits around
 * England's pooled proportion, the overdispersion test over all points, the widened limits when
 * τ² > 0, and the outlier flag against whichever 99.8% limits apply. Exact limits:
 * ./binomial-funnel.ts; φ, τ² and widened limits: ./overdispersion.ts.
 */
import {
  computeFunnelCurve,
  computeFunnelLimits,
  curveDenominators,
  type FunnelFlag,
  type FunnelLimits,
} from './binomial-funnel';
import { assessOverdispersion, computeAdjustedLimits, type FunnelCounts } from './overdispersion';

export interface FunnelPointReading {
  exact: FunnelLimits | null;
  /** null when τ² is 0 (no overdispersion beyond chance) or the point has no denominator. */
  adjusted: FunnelLimits | null;
  /** Against the adjusted 99.8% limits when they exist, else the exact ones (§12.2). */
  flag: FunnelFlag;
  /** Against the exact 99.8% limits, for the chart's switch to exact limits. */
  exactFlag: FunnelFlag;
}

export interface FunnelReading {
  /** England's pooled proportion: the centre line; null when no point has a denominator. */
  centre: number | null;
  k: number;
  phi: number | null;
  tau2: number | null;
  /** Per input point, in order. */
  points: FunnelPointReading[];
}

function flagAgainst(limits: FunnelLimits, share: number): FunnelFlag {
  if (share > limits.upper998) return 'high';
  if (share < limits.lower998) return 'low';
  return null;
}

/** Reads a funnel of localities (or regions), centred on their pooled proportion. */
export function readFunnel(points: readonly FunnelCounts[]): FunnelReading {
  const numerator = points.reduce((sum, p) => sum + p.numerator, 0);
  const denominator = points.reduce((sum, p) => sum + p.denominator, 0);
  const centre = denominator === 0 ? null : numerator / denominator;
  const dispersion = centre === null ? null : assessOverdispersion(points, centre);
  const tau2 = dispersion?.tau2 ?? null;
  return {
    centre,
    k: dispersion?.k ?? 0,
    phi: dispersion?.phi ?? null,
    tau2,
    points: points.map((point) => {
      if (centre === null || point.denominator === 0)
        return { exact: null, adjusted: null, flag: null, exactFlag: null };
      const share = point.numerator / point.denominator;
      const exact = computeFunnelLimits(centre, point.denominator);
      const adjusted = tau2 ? computeAdjustedLimits(centre, point.denominator, tau2) : null;
      const exactFlag = flagAgainst(exact, share);
      return { exact, adjusted, flag: adjusted ? flagAgainst(adjusted, share) : exactFlag, exactFlag };
    }),
  };
}

/** The curves to draw up to `maxDenominator`: exact always, widened only when τ² > 0; none without a centre. */
export function computeFunnelCurves(
  reading: FunnelReading,
  maxDenominator: number,
): { exact: FunnelLimits[]; adjusted: FunnelLimits[] } {
  const { centre, tau2 } = reading;
  if (centre === null || maxDenominator < 1) return { exact: [], adjusted: [] };
  return {
    exact: computeFunnelCurve(centre, maxDenominator),
    adjusted: tau2 ? curveDenominators(maxDenominator).map((n) => computeAdjustedLimits(centre, n, tau2)) : [],
  };
}
