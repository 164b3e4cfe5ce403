/**
 * Status of a measure against its baseline and target (PRODUCT.md §4): "met (at or beyond
 * target), improving (better than baseline, short of target), not improving (at or worse than
 * baseline). A measure with a zero denominator is 'no data'."
 */
import type { MeasureStatus } from '../reference/measures';

/** Every measure of §4 is "higher is better"; the parameter keeps the rule honest if one is not. */
export type MeasureDirection = 'higher' | 'lower';

export interface StatusInput {
  latest: number | null;
  baseline: number | null;
  target: number | null;
  direction: MeasureDirection;
}

/** How much better `a` is than `b` in the measure's direction (positive = better). */
function improvement(a: number, b: number, direction: MeasureDirection): number {
  return direction === 'higher' ? a - b : b - a;
}

/**
 * Without a latest value, or without a baseline value when the target is not met, there is
 * nothing to judge progress against: "no data".
 */
export function judgeMeasureStatus({ latest, baseline, target, direction }: StatusInput): MeasureStatus {
  if (latest === null) return 'no data';
  if (target !== null && improvement(latest, target, direction) >= 0) return 'met';
  if (baseline === null) return 'no data';
  return improvement(latest, baseline, direction) > 0 ? 'improving' : 'not improving';
}
