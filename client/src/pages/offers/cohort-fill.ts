/**
 * A cohort's fill: participations enrolled or completed against its places. The server has
 * already disclosed a fill outside the offer's own locality; a CSV is a file that travels, so it
 * puts the own locality's exact counts under the rule too (PRODUCT.md §4 "in every export").
 * The rule is idempotent on figures the server has already disclosed.
 */
import { SUPPRESSED } from '@ldm/shared/disclosure';
import { type Count, countText, exportedCount, isSuppressed } from '../../lib/figures';
import { formatPercent } from '../../lib/format';

export function fillRateText(filled: Count, places: number): string {
  return isSuppressed(filled) ? SUPPRESSED : formatPercent(filled / places);
}

/** The count as a CSV holds it. */
export function exportedCountText(count: Count): string {
  return countText(exportedCount(count));
}

export function exportedFillRateText(filled: Count, places: number): string {
  return fillRateText(exportedCount(filled), places);
}
