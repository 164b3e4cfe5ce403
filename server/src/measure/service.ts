/**
 * Measures for a period: the §9 contract object (CLI, reports) and the national overview the
 * dashboard shows to every signed-in user, with disclosure control applied per viewer.
 */

import type { Database } from '@ldm/db';
import { LOCALITIES, type MeasureCode } from '@ldm/shared';
import {
  type DisclosedFigures,
  type DisclosureLevel,
  discloseCount,
  discloseMeasure,
  discloseMeasureSet,
  judgementShown,
  SUPPRESSED,
} from '@ldm/shared/disclosure';
import { buildFunnels, type LocalityMeasures, type MeasureSet, poolEngland, poolRegions } from '@ldm/shared/measures';
import type { FunnelLimits } from '@ldm/shared/statistics/binomial-funnel';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { type ComparedMeasureSet, type ComparedValue, compareMeasureSet } from '../judgement/england-comparison';
import { localityLevel } from './disclose-figures';
import { figuresOf, getPeriodFigures, memoiseAtVersion, parsePeriodOrThrow } from './measures-cache';
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

/**
 * A place's measures as the viewer may see them, each proportion measure with Better / Similar /
 * Worse than England at 95% and 99.8% (§12.1) — judged on exact counts (`compared`), `not compared`
 * where the figure is shown as *: the national table's Fingertips colours.
 */
function discloseJudged(measures: MeasureSet, compared: ComparedMeasureSet, level: DisclosureLevel) {
  const shown = discloseMeasureSet(measures, level);
  return Object.fromEntries(
    Object.entries(shown).map(([code, figures]) => {
      const judged = compared[code as MeasureCode];
      // Only proportion measures are compared (compareMeasureSet).
      if (!('vsEngland' in judged)) return [code, figures];
      return [
        code,
        {
          ...figures,
          vsEngland: judgementShown(judged.vsEngland, figures),
          vsEngland998: judgementShown(judged.vsEngland998, figures),
        },
      ];
    }),
  ) as Record<keyof MeasureSet, DisclosedFigures & Partial<Pick<ComparedValue, 'vsEngland' | 'vsEngland998'>>>;
}

/**
 * A limit curve's point as drawn: proportions to 6 decimal places, far below a pixel. Exact
 * doubles (17 digits each) made the curves half of the national overview's answer, which the
 * request thread serialises on every call.
 */
function roundLimits(limits: FunnelLimits): FunnelLimits {
  const round = (share: number) => Math.round(share * 1e6) / 1e6;
  return {
    denominator: limits.denominator,
    lower998: round(limits.lower998),
    lower95: round(limits.lower95),
    upper95: round(limits.upper95),
    upper998: round(limits.upper998),
  };
}

/**
 * What the national overview judges from a period's exact figures, whoever views it: England and
 * the regions pooled, every place compared with England, the funnels with their exact limits. It
 * is built once per data version and period and shared by every class of viewer: the funnels'
 * exact limits took most of the request thread's time, and a burst of first calls after a data
 * change (one per class of viewer) computed them again for each.
 */
function judgeOverview(localities: readonly LocalityMeasures[]) {
  const england = poolEngland(localities);
  return {
    england,
    regions: poolRegions(localities).map((region) => ({
      region,
      compared: compareMeasureSet(region.measures, england.measures),
    })),
    localities: localities.map((locality) => ({
      locality,
      compared: compareMeasureSet(locality.measures, england.measures),
    })),
    funnels: buildFunnels(localities).map((funnel) => ({
      ...funnel,
      curve: funnel.curve.map(roundLimits),
      adjustedCurve: funnel.adjustedCurve.map(roundLimits),
    })),
  };
}

/**
 * The judged overview as `user` sees it, before progress: it depends on the viewer's own locality
 * alone (disclosure), so it is built once per data version, period and own locality.
 */
function discloseOverview(judged: ReturnType<typeof judgeOverview>, user: SessionUser) {
  const { england } = judged;
  // A region is below England level, even a dean's own (it pools other localities).
  const disclosePooled = (pooled: ReturnType<typeof poolEngland>, level: DisclosureLevel) => ({
    ...pooled,
    traineesInPost: discloseCount(pooled.traineesInPost, level),
    measures: discloseMeasureSet(pooled.measures, level),
  });
  return {
    england: disclosePooled(england, 'england'),
    regions: judged.regions.map(({ region, compared }) => ({
      ...disclosePooled(region, 'below-england'),
      measures: discloseJudged(region.measures, compared, 'below-england'),
    })),
    localities: judged.localities.map(({ locality, compared }) => {
      const level = localityLevel(user, locality.code);
      const reference = LOCALITIES.find((l) => l.code === locality.code);
      return {
        code: locality.code,
        name: reference?.name ?? locality.code,
        regionCode: reference?.regionCode ?? null,
        traineesInPost: discloseCount(locality.traineesInPost, level),
        measures: discloseJudged(locality.measures, compared, level),
      };
    }),
    funnels: judged.funnels.map((funnel) => {
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
  };
}

export async function getNationalOverview(db: Kysely<Database>, user: SessionUser, periodLabel: string) {
  const period = parsePeriodOrThrow(periodLabel);
  const stored = await getPeriodFigures(db, [period]);
  const { localities, coverage } = stored.figures[0]!;
  const overview = await memoiseAtVersion(
    db,
    stored.dataVersion,
    `national-overview/${period.label}/${user.localityCode ?? ''}`,
    async () => {
      const judged = await memoiseAtVersion(db, stored.dataVersion, `national-judged/${period.label}`, async () =>
        judgeOverview(localities),
      );
      return discloseOverview(judged, user);
    },
  );
  return {
    ...figuresOf(period, stored),
    ...overview,
    coverage,
    progress: discloseProgress(await buildProgress(db, localities, period), user),
  };
}
