/** Plan status rules shared by the plan view and the progress report's snapshot. */
import { PLAN_ACTION_STATUSES, type PlanActionStatus } from '@ldm/shared';

interface ActionLike {
  due_date: string;
  status: string;
}

/** Overdue: due before today and not complete (an action due today is not yet overdue). */
export function isOverdue(action: ActionLike, today: string): boolean {
  return action.due_date < today && action.status !== 'complete';
}

/** Today's date as `YYYY-MM-DD` in UTC, the server's one notion of "today". */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Counts by status and overdue actions as of `today`; and, for a period ending `periodEnd`,
 * M8's numerator and denominator: actions due on or before that day, and how many are complete.
 */
export function summarisePlan(actions: readonly ActionLike[], today: string, periodEnd: string) {
  const byStatus = Object.fromEntries(PLAN_ACTION_STATUSES.map((s) => [s, 0])) as Record<PlanActionStatus, number>;
  for (const action of actions) byStatus[action.status as PlanActionStatus] += 1;
  const due = actions.filter((a) => a.due_date <= periodEnd);
  return {
    total: actions.length,
    byStatus,
    overdue: actions.filter((a) => isOverdue(a, today)).length,
    asOf: today,
    dueByPeriodEnd: due.length,
    completeOfDue: due.filter((a) => a.status === 'complete').length,
  };
}
export type PlanSummary = ReturnType<typeof summarisePlan>;
