/**
 * Plain-language display of measure values for deans who are not analysts:
 * "81.0%", "3 of 3 stages", "2.1 of 3"; a zero denominator is "no data", never 0%.
 */
import type { MeasureUnit } from '@ldm/shared';

export { SUPPRESSED_LABEL as SUPPRESSED_EXPLANATION } from '@ldm/shared/disclosure';
export const NO_DATA = 'no data';

export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** A measure value in its unit; `null` (zero denominator) reads "no data". */
/** Stages are counted out of the denominator: 3 for a locality, 39 for England (13 × 3). */
export function formatMeasureValue(
  unit: MeasureUnit,
  value: number | null,
  numerator?: number | null,
  denominator = 3,
): string {
  if (value === null) return NO_DATA;
  if (unit === 'stages') return `${numerator ?? Math.round(value * denominator)} of ${denominator} stages`;
  if (unit === 'score') return `${value.toFixed(1)} of 3`;
  return formatPercent(value);
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}
