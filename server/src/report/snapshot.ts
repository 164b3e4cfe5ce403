/**
 * What a progress report freezes at submission: the locality's measures for the report period,
 * the plan's status, the self-assessment summary, and the data version they were computed from —
 * so an approved report reads the same forever, whatever is imported later.
 */
import type { Kysely } from 'kysely';
import { currentDataVersion, type Database } from '@ldm/db';
import { mustParsePeriod } from '@ldm/shared';
import { listPlanActions } from '../plan/queries';
import { isOverdue, summarisePlan, todayIso } from '../plan/summary';
import { getLatestSelfAssessment } from '../self-assessment/service';

async function snapshotPlan(db: Kysely<Database>, localityCode: string, periodEnd: string, today: string) {
  const actions = await listPlanActions(db, localityCode);
  return {
    ...summarisePlan(actions, today, periodEnd),
    actions: actions.map((a) => ({ id: a.id, title: a.title, owner: a.owner, dueDate: a.due_date, status: a.status, overdue: isOverdue(a, today) })),
  };
}

async function snapshotSelfAssessment(db: Kysely<Database>, localityCode: string, period: string) {
  const latest = await getLatestSelfAssessment(db, localityCode, period);
  if (!latest) return null;
  return {
    period: latest.period,
    assessedOn: latest.assessedOn,
    mean: latest.mean,
    scores: latest.scores.map(({ principleNumber, score }) => ({ principleNumber, score })),
  };
}

/** Computes the snapshot now; call it inside the submitting transaction so all parts agree. */
export async function buildReportSnapshot(db: Kysely<Database>, localityCode: string, periodLabel: string, today = todayIso()) {
  const period = mustParsePeriod(periodLabel);
  return {
    dataVersion: await currentDataVersion(db),
    period: { label: period.label, from: period.from, to: period.to },
    plan: await snapshotPlan(db, localityCode, period.to, today),
    selfAssessment: await snapshotSelfAssessment(db, localityCode, period.label),
  };
}
export type ReportSnapshot = Awaited<ReturnType<typeof buildReportSnapshot>>;
