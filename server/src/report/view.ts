/**
 * A progress report as the API shows it to one viewer: snapshots parsed, frozen measures under
 * disclosure control outside the viewer's locality, and whether the viewer may see it at all.
 */
import type { ReportStatus } from '@ldm/shared';
import {
  type DisclosureLevel,
  discloseCount,
  discloseMeasure,
  discloseMeasureSet,
  judgementShown,
} from '@ldm/shared/disclosure';
import { isOwnLocality } from '../auth/policy';
import type { SessionUser } from '../context';
import { discloseTrend } from '../judgement/spc-charts';
import type { SpcTrend } from '../judgement/trend-service';
import { localityLevel } from '../measure/disclose-figures';
import type { ReportRow } from './queries';
import type { ReportSnapshot } from './snapshot';

function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

/** A frozen series' reading as the dashboard's SPC charts would show it to this viewer (none over hidden figures). */
function variationShown(trend: SpcTrend, level: DisclosureLevel) {
  const shown = discloseTrend(trend, level);
  const used = trend.points.filter((point) => point.denominator > 0);
  return {
    from: used[0]?.period ?? null,
    to: trend.points.at(-1)!.period,
    quarters: used.length,
    variation: shown.spc?.variation ?? null,
    assurance: shown.spc?.assurance ?? null,
    runChartBecause: shown.runChartBecause,
  };
}

type FrozenProgress = ReportSnapshot['progress'][number];
/**
 * Reports frozen before baselines and breakdowns were added to the snapshot lack the last three;
 * those frozen before the England comparison and SPC variation lack those two on each measure.
 */
type FrozenMeasures = Pick<ReportSnapshot, 'period' | 'traineesInPost' | 'measures'> &
  Partial<{
    progress: (Omit<FrozenProgress, 'comparison' | 'trend'> & Partial<Pick<FrozenProgress, 'comparison' | 'trend'>>)[];
    byStage: ReportSnapshot['byStage'];
    uptakeByTier: ReportSnapshot['uptakeByTier'];
  }>;

/** A report's frozen measures under disclosure control for this viewer (the stored snapshot stays exact). */
export function discloseFrozenMeasures(user: SessionUser, localityCode: string, frozen: FrozenMeasures | null) {
  return frozen ? discloseFrozen(user, localityCode, frozen) : null;
}

export function discloseFrozen(user: SessionUser, localityCode: string, frozen: FrozenMeasures) {
  const level = localityLevel(user, localityCode);
  return {
    period: frozen.period,
    traineesInPost: discloseCount(frozen.traineesInPost, level),
    measures: frozen.measures && discloseMeasureSet(frozen.measures, level),
    progress: (frozen.progress ?? []).map(({ comparison, trend, ...row }) => {
      const latest = discloseMeasure(row.measureCode, row.latest, level);
      return {
        ...row,
        latest,
        baseline: row.baseline && { ...row.baseline, ...discloseMeasure(row.measureCode, row.baseline, level) },
        // As on the locality dashboard: the interval only for exact viewers (its ends would give
        // rounded counts away), and "not compared" where the figure shows as *.
        comparison: comparison
          ? {
              england: discloseMeasure(row.measureCode, comparison.england, 'england'),
              ci95: level === 'exact' ? comparison.ci95 : null,
              vsEngland: judgementShown(comparison.vsEngland, latest),
            }
          : null,
        spc: trend ? variationShown(trend, level) : null,
      };
    }),
    byStage: (frozen.byStage ?? []).map(({ key, traineesInPost, ...measures }) => ({
      key,
      traineesInPost: discloseCount(traineesInPost, level),
      measures: discloseMeasureSet(measures, level),
    })),
    uptakeByTier: !frozen.uptakeByTier
      ? null
      : Object.fromEntries(
          Object.entries(frozen.uptakeByTier).map(([tier, figures]) => [tier, discloseMeasure('M3', figures, level)]),
        ),
  };
}

export function toApi(row: ReportRow, user: SessionUser) {
  return {
    id: row.id,
    localityCode: row.locality_code,
    period: row.period,
    status: row.status as ReportStatus,
    narrative: row.narrative,
    returnComments: row.return_comments,
    dataVersion: row.data_version,
    measures: discloseFrozenMeasures(user, row.locality_code, parseJson<FrozenMeasures>(row.measures_snapshot)),
    plan: parseJson<ReportSnapshot['plan']>(row.plan_snapshot),
    selfAssessment: parseJson<ReportSnapshot['selfAssessment']>(row.self_assessment_snapshot),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by_name,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by_name,
  };
}
export type ReportView = ReturnType<typeof toApi>;

/** Own locality (and admin) see every state; anyone else — the national role — only approved reports. */
export function isVisibleTo(user: SessionUser, row: ReportRow): boolean {
  return user.role === 'admin' || isOwnLocality(user, row.locality_code) || row.status === 'approved';
}
