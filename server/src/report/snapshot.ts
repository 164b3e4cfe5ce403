/**
 * What a progress report freezes at submission: the locality's measures for the report period,
 * the plan's status, the self-assessment summary, and the data version they were computed from —
 * so an approved report reads the same forever, whatever is imported later. Plan and
 * self-assessment changes bump the data version too, so one version number dates all three parts.
 */

import type { Database } from '@ldm/db';
import {
  latestCompleteQuarter,
  type MeasureCode,
  mustParsePeriod,
  type Period,
  PROPORTION_MEASURES,
} from '@ldm/shared';
import { type LocalityMeasures, poolEngland } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import { compareValue } from '../judgement/england-comparison';
import { getSpcTrends } from '../judgement/trend-service';
import { getLocalityAnalysis, getPeriodFigures } from '../measure/measures-cache';
import { buildProgress } from '../measure/progress';
import { getMeasuresSnapshot } from '../measure/service';
import { listPlanActions } from '../plan/queries';
import { isOverdue, summarisePlan, todayIso } from '../plan/summary';
import { getLatestSelfAssessment } from '../self-assessment/service';

async function snapshotPlan(db: Kysely<Database>, localityCode: string, periodEnd: string, today: string) {
  const actions = await listPlanActions(db, localityCode);
  return {
    ...summarisePlan(actions, today, periodEnd),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner,
      dueDate: a.due_date,
      status: a.status,
      overdue: isOverdue(a, today),
    })),
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

/** Each proportion measure beside England's (PRODUCT.md §12.1, 95%): England's figures, the interval and the judgement. */
async function snapshotEngland(db: Kysely<Database>, own: LocalityMeasures, period: Period) {
  const england = poolEngland((await getPeriodFigures(db, [period])).figures[0]!.localities).measures;
  const comparisons = PROPORTION_MEASURES.map((code) => {
    const { ci95, vsEngland } = compareValue(own.measures[code], england[code]);
    return [code, { england: england[code], ci95, vsEngland }] as const;
  });
  return new Map<MeasureCode, (typeof comparisons)[number][1]>(comparisons);
}

/**
 * Each measure's quarterly series to the period's latest complete quarter, read as an XmR chart
 * (§12.3) exactly as the dashboard's SPC charts read it; the view discloses it as they do.
 */
async function snapshotTrends(db: Kysely<Database>, localityCode: string, period: Period, today: string) {
  const to = latestCompleteQuarter(period, today);
  const trends = to ? (await getSpcTrends(db, localityCode, to.label)).trends : [];
  return new Map(trends.map((trend) => [trend.measure, trend]));
}

/**
 * Each measure's baseline, latest value, target and status, its England comparison and SPC
 * variation, and the breakdowns a dean asks for first: trainee measures by stage, and uptake by
 * tier — exact, as stored; the view discloses them.
 */
async function snapshotJudgement(
  db: Kysely<Database>,
  own: LocalityMeasures | undefined,
  period: Period,
  today: string,
) {
  if (!own) return { progress: [], byStage: [], uptakeByTier: null };
  const progress = await buildProgress(db, [own], period, own.code);
  const analysis = await getLocalityAnalysis(db, period, own.code);
  const england = await snapshotEngland(db, own, period);
  const trends = await snapshotTrends(db, own.code, period, today);
  return {
    progress: progress.map(({ measureCode, baseline, latest, target, status }) => ({
      measureCode,
      baseline: baseline && {
        period: baseline.period,
        numerator: baseline.numerator,
        denominator: baseline.denominator,
        value: baseline.value,
      },
      latest,
      target,
      status,
      comparison: england.get(measureCode) ?? null,
      trend: trends.get(measureCode) ?? null,
    })),
    byStage: analysis.breakdowns.stage.map(({ uptakeByTier: _tiers, ...group }) => group),
    uptakeByTier: analysis.uptakeByTier,
  };
}

/**
 * Computes the snapshot now. The measures come from the measures service (cached per data
 * version), which also says which version they were computed from.
 */
export async function buildReportSnapshot(
  db: Kysely<Database>,
  localityCode: string,
  periodLabel: string,
  today = todayIso(),
) {
  const period = mustParsePeriod(periodLabel);
  const { dataVersion, measures } = await getMeasuresSnapshot(db, period.label);
  const own = measures.localities.find((l) => l.code === localityCode);
  return {
    dataVersion,
    period: { label: period.label, from: period.from, to: period.to },
    traineesInPost: own?.traineesInPost ?? 0,
    measures: own?.measures ?? null,
    ...(await snapshotJudgement(db, own, period, today)),
    plan: await snapshotPlan(db, localityCode, period.to, today),
    selfAssessment: await snapshotSelfAssessment(db, localityCode, period.label),
  };
}
export type ReportSnapshot = Awaited<ReturnType<typeof buildReportSnapshot>>;

/** The progress_reports columns that hold a frozen snapshot — the one place that serialises it. */
export function toSnapshotColumns(snapshot: ReportSnapshot) {
  return {
    measures_snapshot: JSON.stringify({
      period: snapshot.period,
      traineesInPost: snapshot.traineesInPost,
      measures: snapshot.measures,
      progress: snapshot.progress,
      byStage: snapshot.byStage,
      uptakeByTier: snapshot.uptakeByTier,
    }),
    plan_snapshot: JSON.stringify(snapshot.plan),
    self_assessment_snapshot: JSON.stringify(snapshot.selfAssessment),
    data_version: snapshot.dataVersion,
  };
}
