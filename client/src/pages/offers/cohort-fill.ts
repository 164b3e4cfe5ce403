/**
 * A cohort's fill: participations enrolled or completed against its places. The server has
 * already hidden a fill of 1 to 7 outside the offer's own locality; a CSV is a file that travels,
 * so it hides such counts for the own locality too (PRODUCT.md §4 "in every export").
 */
import { discloseCount, SUPPRESSED } from '@ldm/shared/disclosure';
import { type Count, countText, isSuppressed } from '../../lib/figures';
import { formatPercent } from '../../lib/format';

export function fillRateText(filled: Count, places: number): string {
  return isSuppressed(filled) ? SUPPRESSED : formatPercent(filled / places);
}

/** The count as a CSV holds it. */
export function exportedCountText(count: Count): string {
  return countText(isSuppressed(count) ? count : discloseCount(count));
}

export function exportedFillRateText(filled: Count, places: number): string {
  return fillRateText(isSuppressed(filled) ? filled : discloseCount(filled), places);
}

export function totalFilled(fills: readonly Count[]): Count {
  return fills.some(isSuppressed) ? SUPPRESSED : fills.reduce<number>((sum, f) => sum + (isSuppressed(f) ? 0 : f), 0);
}
