import type { MeasureStatus } from '@ldm/shared';

/** Status against baseline and target; the words carry the meaning, colour only reinforces it. */
export function StatusBadge({ status }: { status: MeasureStatus }) {
  return <span className={`status-badge status-${status.replace(' ', '-')}`}>{status}</span>;
}
