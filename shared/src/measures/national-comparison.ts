/**
 * National comparison: England pooled, the seven regions pooled from their localities' numerators
 * and denominators, and each proportion measure on a funnel plot around England's value
 * (PRODUCT.md §12.2): exact binomial limits, widened for overdispersion when τ² > 0; localities
 * outside the 99.8% limits that apply are flagged high or low.
 */
import { discloseCount, SUPPRESSED } from '../disclosure';
import { ENGLAND } from '../measure-cells';
import { LOCALITIES, REGIONS } from '../reference/localities';
import { MEASURE_CODES, type MeasureCode, PROPORTION_MEASURES } from '../reference/measures';
import type { FunnelFlag, FunnelLimits } from '../statistics/binomial-funnel';
import { computeFunnelCurves, readFunnel } from '../statistics/funnel';
import type { LocalityMeasures, MeasureSet } from './analyse-period';
import { poolMeasureValues } from './ratio';

export interface Funnel {
  measureCode: MeasureCode;
  /** England's pooled share, unrounded: the funnel's centre line. */
  centre: number | null;
  /** Points with a denominator, φ and τ² of the overdispersion test (§12.2). */
  k: number;
  phi: number | null;
  tau2: number | null;
  curve: FunnelLimits[];
  /** The limits widened for overdispersion; empty when τ² is 0. */
  adjustedCurve: FunnelLimits[];
  points: { localityCode: string; numerator: number; denominator: number; flag: FunnelFlag; exactFlag: FunnelFlag }[];
}

export interface PooledMeasures {
  code: string;
  name: string;
  traineesInPost: number;
  measures: MeasureSet;
}

export function poolLocalities(localities: readonly LocalityMeasures[], code: string, name: string): PooledMeasures {
  const measures = Object.fromEntries(
    MEASURE_CODES.map((measureCode) => [
      measureCode,
      poolMeasureValues(localities.map((l) => l.measures[measureCode])),
    ]),
  ) as MeasureSet;
  return { code, name, traineesInPost: localities.reduce((sum, l) => sum + l.traineesInPost, 0), measures };
}

export function poolEngland(localities: readonly LocalityMeasures[]): PooledMeasures {
  return poolLocalities(localities, ENGLAND.code, ENGLAND.name);
}

export function poolRegions(localities: readonly LocalityMeasures[]): PooledMeasures[] {
  return REGIONS.map((region) => {
    const codes = new Set<string>(LOCALITIES.filter((l) => l.regionCode === region.code).map((l) => l.code));
    return poolLocalities(
      localities.filter((l) => codes.has(l.code)),
      region.code,
      region.name,
    );
  });
}

/**
 * How far the limit curves run: a tenth beyond the largest denominator as a viewer of another
 * locality sees it (rounded to 5, PRODUCT.md §4) — run from the exact one, the curve's last point
 * would give that locality's exact count back.
 */
function curveReach(denominators: readonly number[]): number {
  const largest = Math.max(0, ...denominators);
  const shown = discloseCount(largest, 'below-england');
  return Math.ceil(((shown === SUPPRESSED ? 7 : shown) * 11) / 10);
}

export function buildFunnels(localities: readonly LocalityMeasures[]): Funnel[] {
  return PROPORTION_MEASURES.map((measureCode) => {
    const figures = localities.map((l) => ({ localityCode: l.code, ...l.measures[measureCode] }));
    const reading = readFunnel(figures);
    const curves = computeFunnelCurves(reading, curveReach(figures.map((f) => f.denominator)));
    return {
      measureCode,
      centre: reading.centre,
      k: reading.k,
      phi: reading.phi,
      tau2: reading.tau2,
      curve: curves.exact,
      adjustedCurve: curves.adjusted,
      points: figures.map((f, i) => ({
        localityCode: f.localityCode,
        numerator: f.numerator,
        denominator: f.denominator,
        flag: reading.points[i]!.flag,
        exactFlag: reading.points[i]!.exactFlag,
      })),
    };
  });
}
