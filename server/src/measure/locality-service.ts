/**
 * One locality's dashboard: its measures with baseline, target and status; breakdowns by stage,
 * tier, programme/specialty, organisation and (aggregates only) sex, ethnic group and
 * qualification; gaps; and the trend of every measure over consecutive periods.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import { MEASURE_CODES, periodsUpTo } from '@ldm/shared';
import type { BreakdownGroup, UptakeByTier } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { getLocalityAnalysis, getLocalityFiguresForPeriods, parsePeriodOrThrow } from './compute-period';
import { discloseMeasure, discloseMeasureSet, discloseTraineeCount, mustSuppress } from './disclose-figures';
import { buildProgress } from './progress';

function discloseUptakeByTier(uptakeByTier: UptakeByTier, suppress: boolean) {
  return Object.fromEntries(
    Object.entries(uptakeByTier).map(([tier, figures]) => [tier, discloseMeasure('M3', figures, suppress)]),
  );
}

function discloseGroups(groups: BreakdownGroup[], suppress: boolean) {
  return groups.map(({ key, traineesInPost, uptakeByTier, ...measures }) => ({
    key,
    traineesInPost: discloseTraineeCount(traineesInPost, suppress),
    measures: Object.fromEntries(
      Object.entries(measures).map(([code, figures]) => [code, discloseMeasure(code, figures, suppress)]),
    ),
    uptakeByTier: discloseUptakeByTier(uptakeByTier, suppress),
  }));
}

export async function getLocalityDashboard(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  periodLabel: string,
) {
  const period = parsePeriodOrThrow(periodLabel);
  const dataVersion = await currentDataVersion(db);
  const { locality, uptakeByTier, breakdowns, stagesWithoutFloor, organisationsBelowStandard } =
    await getLocalityAnalysis(db, period, dataVersion, localityCode);
  const suppress = mustSuppress(user, localityCode);
  const progress = await buildProgress(db, [locality], localityCode);
  return {
    period: period.label,
    from: period.from,
    to: period.to,
    dataVersion,
    localityCode,
    suppressed: suppress,
    traineesInPost: discloseTraineeCount(locality.traineesInPost, suppress),
    measures: discloseMeasureSet(locality.measures, suppress),
    uptakeByTier: discloseUptakeByTier(uptakeByTier, suppress),
    progress: progress.map((row) => ({
      ...row,
      latest: discloseMeasure(row.measureCode, row.latest, suppress),
      baseline: row.baseline && { ...row.baseline, ...discloseMeasure(row.measureCode, row.baseline, suppress) },
    })),
    breakdowns: Object.fromEntries(
      Object.entries(breakdowns).map(([by, groups]) => [by, discloseGroups(groups, suppress)]),
    ) as Record<keyof typeof breakdowns, ReturnType<typeof discloseGroups>>,
    gaps: {
      stagesWithoutFloor,
      organisationsBelowStandard: organisationsBelowStandard.map((o) => ({
        organisationCode: o.organisationCode,
        traineesInPost: discloseTraineeCount(o.traineesInPost, suppress),
      })),
    },
  };
}

/** Each measure over `count` consecutive periods ending with `periodLabel`, with baseline and target. */
export async function getTrend(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  periodLabel: string,
  count: number,
) {
  const periods = periodsUpTo(parsePeriodOrThrow(periodLabel), count);
  const dataVersion = await currentDataVersion(db);
  const suppress = mustSuppress(user, localityCode);
  const figures = await getLocalityFiguresForPeriods(db, periods, dataVersion);
  const points = periods.map((period, i) => {
    const locality = figures[i]!.find((l) => l.code === localityCode)!;
    return {
      period: period.label,
      traineesInPost: discloseTraineeCount(locality.traineesInPost, suppress),
      measures: discloseMeasureSet(locality.measures, suppress),
    };
  });
  const progress = await buildProgress(
    db,
    figures.at(-1)!.filter((l) => l.code === localityCode),
    localityCode,
  );
  return {
    localityCode,
    dataVersion,
    points,
    measures: MEASURE_CODES.map((measureCode) => {
      const row = progress.find((p) => p.measureCode === measureCode)!;
      return {
        measureCode,
        baseline: row.baseline && { ...row.baseline, ...discloseMeasure(measureCode, row.baseline, suppress) },
        target: row.target,
        status: row.status,
      };
    }),
  };
}
