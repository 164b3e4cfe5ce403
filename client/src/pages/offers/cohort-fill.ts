/** A cohort's fill rate on screen: participations enrolled or completed against its places. */
import { SUPPRESSED } from '@ldm/shared/disclosure';
import { type Count, isSuppressed } from '../../lib/figures';
import { formatPercent } from '../../lib/format';

export function fillRateText(filled: Count, places: number): string {
  return isSuppressed(filled) ? SUPPRESSED : formatPercent(filled / places);
}
