/**
 * Measures for a period: the §9 contract object (CLI, reports) and the national overview the
 * dashboard shows to every signed-in user, with disclosure control applied per viewer.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import { LOCALITIES } from '@ldm/shared';
import { SUPPRESSED } from '@ldm/shared/disclosure';
import { buildCoverageGrid, buildFunnels, type LocalityMeasures, poolEngland, poolRegions } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { getLocalityFigures, getPeriodAnalysis, parsePeriodOrThrow } from './compute-period';
import { discloseMeasure, discloseMeasureSet, discloseTraineeCount, mustSuppress } from './disclose-figures';
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
  const dataVersion = await currentDataVersion(db);
  const localities = await getLocalityFigures(db, period, dataVersion);
  return { dataVersion, measures: { period: period.label, from: period.from, to: period.to, localities } };
}

/** All measures for every locality of §3 in a period, undisclosed (operators and frozen reports). */
export async function getMeasuresForPeriod(db: Kysely<Database>, periodLabel: string): Promise<MeasuresForPeriod> {
  return (await getMeasuresSnapshot(db, periodLabel)).measures;
}

function isHidden(figures: {
  numerator: number | typeof SUPPRESSED;
  denominator: number | typeof SUPPRESSED;
}): boolean {
  return figures.numerator === SUPPRESSED || figures.denominator === SUPPRESSED;
}

function discloseProgress(rows: MeasureProgress[], user: SessionUser) {
  return rows.map((row) => {
    const suppress = mustSuppress(user, row.localityCode);
    return {
      ...row,
      latest: discloseMeasure(row.measureCode, row.latest, suppress),
      baseline: row.baseline && { ...row.baseline, ...discloseMeasure(row.measureCode, row.baseline, suppress) },
    };
  });
}

export async function getNationalOverview(db: Kysely<Database>, user: SessionUser, periodLabel: string) {
  const period = parsePeriodOrThrow(periodLabel);
  const dataVersion = await currentDataVersion(db);
  const analysis = await getPeriodAnalysis(db, period, dataVersion);
  const localities = analysis.localities;
  const england = poolEngland(localities);
  // Pooled figures are disclosed too: a one-locality region (NW, EOE, SW) would otherwise reveal its locality.
  const disclosePooled = (pooled: ReturnType<typeof poolEngland>) => ({
    ...pooled,
    traineesInPost: discloseTraineeCount(pooled.traineesInPost, true),
    measures: discloseMeasureSet(pooled.measures, true),
  });
  return {
    period: period.label,
    from: period.from,
    to: period.to,
    dataVersion,
    england: disclosePooled(england),
    regions: poolRegions(localities).map(disclosePooled),
    localities: localities.map((locality) => {
      const suppress = mustSuppress(user, locality.code);
      const reference = LOCALITIES.find((l) => l.code === locality.code);
      return {
        code: locality.code,
        name: reference?.name ?? locality.code,
        regionCode: reference?.regionCode ?? null,
        traineesInPost: discloseTraineeCount(locality.traineesInPost, suppress),
        measures: discloseMeasureSet(locality.measures, suppress),
      };
    }),
    funnels: buildFunnels(localities).map((funnel) => {
      // The centre line and its limits are the England value: hidden when England's figure is.
      const centreSuppressed = isHidden(
        discloseMeasure(funnel.measureCode, england.measures[funnel.measureCode], true),
      );
      return {
        ...funnel,
        ...(centreSuppressed ? { centre: null, curve: [] } : {}),
        centreSuppressed,
        points: funnel.points.map((point) => {
          const shown = discloseMeasure(
            funnel.measureCode,
            { ...point, value: null },
            mustSuppress(user, point.localityCode),
          );
          return {
            localityCode: point.localityCode,
            numerator: shown.numerator,
            denominator: shown.denominator,
            flag: isHidden(shown) ? null : point.flag,
          };
        }),
      };
    }),
    coverage: buildCoverageGrid(analysis.available),
    progress: discloseProgress(await buildProgress(db, localities), user),
  };
}
