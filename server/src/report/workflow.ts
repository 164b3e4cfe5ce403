/**
 * The progress-report workflow as plain rules (PRODUCT.md §2): draft → submitted → approved, or
 * submitted → returned (with comments) → submitted again. Services call `assertReportAction`
 * before every change; the router's write access only establishes "admin or own locality".
 *
 * Who does what — a separation of duties: the locality's academy lead writes and submits, the
 * locality's dean approves or returns. The dean may NOT write or submit, so nobody approves a
 * report they authored; an administrator may do everything (to unblock a locality), except change
 * an approved report — approved means locked, for everyone.
 */
import type { ReportStatus } from '@ldm/shared';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';

export type ReportAction = 'create' | 'edit' | 'delete' | 'submit' | 'approve' | 'return';

/** The statuses each action may start from; `create` has no report yet. */
const ALLOWED_FROM: Record<Exclude<ReportAction, 'create'>, readonly ReportStatus[]> = {
  edit: ['draft', 'returned'],
  delete: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

export const NEXT_STATUS = { submit: 'submitted', approve: 'approved', return: 'returned' } as const satisfies Partial<
  Record<ReportAction, ReportStatus>
>;

/** The academy lead of the locality, or an administrator. */
export function mayAuthorReport(user: SessionUser, localityCode: string): boolean {
  return user.role === 'admin' || (user.role === 'academy_lead' && user.localityCode === localityCode);
}

/** The dean of the locality, or an administrator. */
export function mayReviewReport(user: SessionUser, localityCode: string): boolean {
  return user.role === 'admin' || (user.role === 'dean' && user.localityCode === localityCode);
}

const WAITING_MESSAGE =
  "The report is waiting for the dean's decision; it can be changed again if the dean returns it.";

/**
 * Throws a DomainError (FORBIDDEN, CONFLICT or INVALID) unless `user` may do `action` to a report
 * of `localityCode` now in `status` (null when it does not exist yet).
 */
export function assertReportAction(
  user: SessionUser,
  action: ReportAction,
  report: { localityCode: string; status: ReportStatus | null },
  comments?: string,
): void {
  if (report.status === 'approved')
    throw new DomainError('CONFLICT', 'This report is approved and locked: it can no longer be changed.');
  const reviewing = action === 'approve' || action === 'return';
  if (reviewing && !mayReviewReport(user, report.localityCode)) {
    throw new DomainError(
      'FORBIDDEN',
      "Only the locality's postgraduate dean (or an administrator) can approve or return its report.",
    );
  }
  if (!reviewing && !mayAuthorReport(user, report.localityCode)) {
    throw new DomainError(
      'FORBIDDEN',
      "Only the locality's leadership academy lead (or an administrator) can write and submit its report.",
    );
  }
  if (action === 'create') {
    if (report.status !== null)
      throw new DomainError('CONFLICT', 'This locality already has a report for that period.');
    return;
  }
  if (report.status === null) throw new DomainError('NOT_FOUND', 'That report does not exist.');
  if (!ALLOWED_FROM[action].includes(report.status)) {
    throw new DomainError(
      'CONFLICT',
      report.status === 'submitted' ? WAITING_MESSAGE : 'Only a submitted report can be approved or returned.',
    );
  }
  if (action === 'return' && !comments?.trim())
    throw new DomainError('INVALID', 'Say what needs to change before returning the report.');
}
