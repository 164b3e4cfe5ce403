/** The report workflow in plain words, and who the screen offers each step to (the server decides). */
import type { ReportStatus } from '@ldm/shared';
import type { SessionUser } from '../../lib/use-session';

export const REPORT_STATUS_WORDS: Record<ReportStatus, string> = {
  draft: 'draft',
  submitted: 'submitted, waiting for the dean',
  returned: 'returned for changes',
  approved: 'approved and locked',
};

/** The locality's academy lead writes and submits (an administrator may stand in). */
export function mayAuthor(user: SessionUser, localityCode: string): boolean {
  return user.role === 'admin' || (user.role === 'academy_lead' && user.localityCode === localityCode);
}

/** The locality's dean approves or returns (an administrator may stand in). */
export function mayReview(user: SessionUser, localityCode: string): boolean {
  return user.role === 'admin' || (user.role === 'dean' && user.localityCode === localityCode);
}

export const dateOf = (timestamp: string | null) => timestamp?.slice(0, 10) ?? '—';
