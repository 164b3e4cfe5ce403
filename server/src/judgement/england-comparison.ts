/**
 * Every proportion measure of a locality or region beside England's (PRODUCT.md §12.1): its Wilson
 * intervals at 95% and 99.8% and Better / Similar / Worse against England's pooled value, judged
 * on exact counts — disclosure comes after, where the figure is shown.
 */
import { isProportionMeasure, type MeasureCode } from '@ldm/shared';
import type { MeasureSet, MeasureValue } from '@ldm/shared/measures';
import { Z95, Z998 } from '@ldm/shared/statistics/confidence';
import {
  compareWithEngland,
  type EnglandComparison,
  type Interval,
  wilsonInterval,
} from '@ldm/shared/statistics/wilson';

export interface ComparedValue extends MeasureValue {
  ci95: Interval | null;
  ci998: Interval | null;
  /** The 95% judgement (§9's contract key). */
  vsEngland: EnglandComparison;
  /** The same judgement at 99.8%, for the dashboard's switch. */
  vsEngland998: EnglandComparison;
}

export type ComparedMeasureSet = Record<MeasureCode, MeasureValue | ComparedValue>;

export function compareValue(figures: MeasureValue, england: MeasureValue): ComparedValue {
  // England's exact pooled share: `value` is rounded for display.
  const englandShare = england.denominator === 0 ? null : england.numerator / england.denominator;
  const ci95 = wilsonInterval(figures.numerator, figures.denominator, Z95);
  const ci998 = wilsonInterval(figures.numerator, figures.denominator, Z998);
  return {
    ...figures,
    ci95,
    ci998,
    vsEngland: compareWithEngland(ci95, englandShare),
    vsEngland998: compareWithEngland(ci998, englandShare),
  };
}

/** The measures with a comparison on each proportion measure; M2 and M7 are not compared and stay as they are. */
export function compareMeasureSet(measures: MeasureSet, england: MeasureSet): ComparedMeasureSet {
  return Object.fromEntries(
    Object.entries(measures).map(([code, figures]) => [
      code,
      isProportionMeasure(code) ? compareValue(figures, england[code as MeasureCode]) : figures,
    ]),
  ) as ComparedMeasureSet;
}
