/**
 * One locality's dashboard: its measures with baseline, target and status; breakdowns by stage,
 * tier, programme/specialty, organisation and (aggregates only) sex, ethnic group and
 * qualification; gaps; and the trend of every measure over consecutive periods.
 */

import type { Database } from '@ldm/db';
import { MEASURE_CODES, periodsUpTo } from '@ldm/shared';
import { type DisclosureLevel, discloseCount, discloseMeasure, discloseMeasureSet } from '@ldm/shared/disclosure';
import type { BreakdownGroup, UptakeByTier } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { compareLocalityWithEngland } from '../judgement/locality-comparison';
import { localityLevel } from './disclose-figures';
import {
  figuresOf,
  getLocalityAnalysis,
  getPeriodFigures,
  memoiseAtVersion,
  parsePeriodOrThrow,
} from './measures-cache';
import { buildProgress } from './progress';

function discloseUptakeByTier(uptakeByTier: UptakeByTier, level: DisclosureLevel) {
  return Object.fromEntries(
    Object.entries(uptakeByTier).map(([tier, figures]) => [tier, discloseMeasure('M3', figures, level)]),
  );
}

function discloseGroups(groups: BreakdownGroup[], level: DisclosureLevel) {
  return groups.map(({ key, traineesInPost, uptakeByTier, ...measures }) => ({
    key,
    traineesInPost: discloseCount(traineesInPost, level),
    measures: discloseMeasureSet(measures, level),
    uptakeByTier: discloseUptakeByTier(uptakeByTier, level),
  }));
}

export async function getLocalityDashboard(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  periodLabel: string,
) {
  const period = parsePeriodOrThrow(periodLabel);
  const analysis = await getLocalityAnalysis(db, period, localityCode);
  const { dataVersion, locality, uptakeByTier, breakdowns, stagesWithoutFloor, organisationsBelowStandard } = analysis;
  const level = localityLevel(user, localityCode);
  // Figures and breakdowns as this level of viewer sees them: built once per data version.
  const shown = await memoiseAtVersion(
    db,
    dataVersion,
    `locality-dashboard/${period.label}/${localityCode}/${level}`,
    async () => ({
      traineesInPost: discloseCount(locality.traineesInPost, level),
      measures: discloseMeasureSet(locality.measures, level),
      comparedWithEngland: await compareLocalityWithEngland(db, period, locality, level),
      uptakeByTier: discloseUptakeByTier(uptakeByTier, level),
      breakdowns: Object.fromEntries(
        Object.entries(breakdowns).map(([by, groups]) => [by, discloseGroups(groups, level)]),
      ) as Record<keyof typeof breakdowns, ReturnType<typeof discloseGroups>>,
      gaps: {
        stagesWithoutFloor,
        organisationsBelowStandard: organisationsBelowStandard.map((o) => ({
          organisationCode: o.organisationCode,
          traineesInPost: discloseCount(o.traineesInPost, level),
        })),
      },
    }),
  );
  const progress = await buildProgress(db, [locality], period, localityCode);
  return {
    ...figuresOf(period, analysis),
    localityCode,
    traineesInPost: shown.traineesInPost,
    measures: shown.measures,
    comparedWithEngland: shown.comparedWithEngland,
    uptakeByTier: shown.uptakeByTier,
    progress: progress.map((row) => ({
      ...row,
      latest: discloseMeasure(row.measureCode, row.latest, level),
      baseline: row.baseline && { ...row.baseline, ...discloseMeasure(row.measureCode, row.baseline, level) },
    })),
    breakdowns: shown.breakdowns,
    gaps: shown.gaps,
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
  const level = localityLevel(user, localityCode);
  const { dataVersion, updating, figures: stored } = await getPeriodFigures(db, periods);
  const figures = stored.map((period) => period.localities);
  const points = periods.map((period, i) => {
    const locality = figures[i]!.find((l) => l.code === localityCode)!;
    return {
      period: period.label,
      traineesInPost: discloseCount(locality.traineesInPost, level),
      measures: discloseMeasureSet(locality.measures, level),
    };
  });
  const progress = await buildProgress(
    db,
    figures.at(-1)!.filter((l) => l.code === localityCode),
    periods.at(-1)!,
    localityCode,
  );
  return {
    localityCode,
    dataVersion,
    updating,
    points,
    measures: MEASURE_CODES.map((measureCode) => {
      const row = progress.find((p) => p.measureCode === measureCode)!;
      return {
        measureCode,
        baseline: row.baseline && { ...row.baseline, ...discloseMeasure(measureCode, row.baseline, level) },
        target: row.target,
        status: row.status,
      };
    }),
  };
}
