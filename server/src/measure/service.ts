/**
 * Measures for a period: the §9 contract object (CLI, reports) and the national overview the
 * dashboard shows to every signed-in user, with disclosure control applied per viewer.
 */

import type { Database } from '@ldm/db';
import { LOCALITIES } from '@ldm/shared';
import {
  type DisclosedFigures,
  type DisclosureLevel,
  discloseCount,
  discloseMeasure,
  discloseMeasureSet,
  judgementShown,
  SUPPRESSED,
} from '@ldm/shared/disclosure';
import { buildFunnels, type LocalityMeasures, poolEngland, poolRegions } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { localityLevel } from './disclose-figures';
import { getPeriodFigures, parsePeriodOrThrow } from './measures-cache';
import { buildProgress, type MeasureProgress } from './progress';

/** The JSON object of `pnpm cli measures --period <P> --json` (PRODUCT.md §9) — a contract. */
export interface MeasuresForPeriod {
  period: string;
  from: string;
  to: string;
  localities: LocalityMeasures[];
}

export async function getMeasuresSnapshot(
  db: Kysely<Database>,
  periodLabel: string,
): Promise<{ dataVersion: number; measures: MeasuresForPeriod }> {
  const period = parsePeriodOrThrow(periodLabel);
  const { dataVersion, figures } = await getPeriodFigures(db, [period]);
  const localities = figures[0]!.localities;
  return { dataVersion, measures: { period: period.label, from: period.from, to: period.to, localities } };
}

/** All measures for every locality of §3 in a period, undisclosed (operators and frozen reports). */
export async function getMeasuresForPeriod(db: Kysely<Database>, periodLabel: string): Promise<MeasuresForPeriod> {
  return (await getMeasuresSnapshot(db, periodLabel)).measures;
}

function isHidden(figures: DisclosedFigures): boolean {
  return figures.value === SUPPRESSED;
}

function discloseProgress(rows: MeasureProgress[], user: SessionUser) {
  return rows.map((row) => {
    const level = localityLevel(user, row.localityCode);
    return {
      ...row,
      latest: discloseMeasure(row.measureCode, row.latest, level),
      baseline: row.baseline && { ...row.baseline, ...discloseMeasure(row.measureCode, row.baseline, level) },
    };
  });
}

export async function getNationalOverview(db: Kysely<Database>, user: SessionUser, periodLabel: string) {
  const period = parsePeriodOrThrow(periodLabel);
  const { dataVersion, figures } = await getPeriodFigures(db, [period]);
  const { localities, coverage } = figures[0]!;
  const england = poolEngland(localities);
  // A region is below England level, even a dean's own (it pools other localities).
  const disclosePooled = (pooled: ReturnType<typeof poolEngland>, level: DisclosureLevel) => ({
    ...pooled,
    traineesInPost: discloseCount(pooled.traineesInPost, level),
    measures: discloseMeasureSet(pooled.measures, level),
  });
  return {
    period: period.label,
    from: period.from,
    to: period.to,
    dataVersion,
    england: disclosePooled(england, 'england'),
    regions: poolRegions(localities).map((region) => disclosePooled(region, 'below-england')),
    localities: localities.map((locality) => {
      const level = localityLevel(user, locality.code);
      const reference = LOCALITIES.find((l) => l.code === locality.code);
      return {
        code: locality.code,
        name: reference?.name ?? locality.code,
        regionCode: reference?.regionCode ?? null,
        traineesInPost: discloseCount(locality.traineesInPost, level),
        measures: discloseMeasureSet(locality.measures, level),
      };
    }),
    funnels: buildFunnels(localities).map((funnel) => {
      // The centre line and its limits are the England value: hidden when England's figure is.
      const centreSuppressed = isHidden(
        discloseMeasure(funnel.measureCode, england.measures[funnel.measureCode], 'england'),
      );
      return {
        ...funnel,
        ...(centreSuppressed ? { centre: null, curve: [], adjustedCurve: [] } : {}),
        centreSuppressed,
        points: funnel.points.map((point) => {
          const shown = discloseMeasure(
            funnel.measureCode,
            { ...point, value: null },
            localityLevel(user, point.localityCode),
          );
          return {
            localityCode: point.localityCode,
            numerator: shown.numerator,
            denominator: shown.denominator,
            flag: judgementShown(point.flag, shown),
            exactFlag: judgementShown(point.exactFlag, shown),
          };
        }),
      };
    }),
    coverage,
    progress: discloseProgress(await buildProgress(db, localities, period), user),
  };
}
