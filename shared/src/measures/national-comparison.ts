/**
 * National comparison: England pooled, the seven regions pooled from their localities' numerators
 * and denominators, and each proportion measure on a funnel plot around England's value with
 * 95% and 99.8% exact-binomial limits; localities outside 99.8% are flagged high or low.
 */
import { LOCALITIES, REGIONS } from '../reference/localities';
import { MEASURE_CODES, type MeasureCode, PROPORTION_MEASURES } from '../reference/measures';
import { computeFunnelCurve, type FunnelFlag, type FunnelLimits, flagOutlier } from '../statistics/binomial-funnel';
import type { LocalityMeasures, MeasureSet } from './analyse-period';
import { poolMeasureValues } from './ratio';

export interface Funnel {
  measureCode: MeasureCode;
  /** England's pooled share, unrounded: the funnel's centre line. */
  centre: number | null;
  curve: FunnelLimits[];
  points: { localityCode: string; numerator: number; denominator: number; flag: FunnelFlag }[];
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
  return poolLocalities(localities, 'ENG', 'England');
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

export function buildFunnels(localities: readonly LocalityMeasures[]): Funnel[] {
  return PROPORTION_MEASURES.map((measureCode) => {
    const figures = localities.map((l) => ({ localityCode: l.code, ...l.measures[measureCode] }));
    const numerator = figures.reduce((sum, f) => sum + f.numerator, 0);
    const denominator = figures.reduce((sum, f) => sum + f.denominator, 0);
    const centre = denominator === 0 ? null : numerator / denominator;
    const largest = Math.max(0, ...figures.map((f) => f.denominator));
    return {
      measureCode,
      centre,
      curve: centre === null || largest === 0 ? [] : computeFunnelCurve(centre, Math.ceil((largest * 11) / 10)),
      points: figures.map((f) => ({
        localityCode: f.localityCode,
        numerator: f.numerator,
        denominator: f.denominator,
        flag: centre === null ? null : flagOutlier(f.numerator, f.denominator, centre),
      })),
    };
  });
}
