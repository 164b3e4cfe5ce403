/**
 * The national trend panel in one call: every locality's measures (and England's, pooled from
 * them) over consecutive periods, from one sweep of the periods not yet computed. Open to every
 * signed-in user like the national overview, with the same disclosure per locality.
 */

import type { Database } from '@ldm/db';
import { type Period, periodsUpTo } from '@ldm/shared';
import { discloseCount, discloseMeasureSet } from '@ldm/shared/disclosure';
import { poolEngland } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { englandYearHidden, quarterLabels } from '../export/measure-data';
import { localityLevel } from './disclose-figures';
import { getPeriodFigures, memoiseAtVersion, type PeriodFigures, parsePeriodOrThrow } from './measures-cache';

export async function getNationalTrend(db: Kysely<Database>, user: SessionUser, periodLabel: string, count: number) {
  const periods = periodsUpTo(parsePeriodOrThrow(periodLabel), count);
  // Each year's quarters too: England's figures for a year are rounded in an export where one of
  // its quarters hides a count (docs/open-data.md), and the panel's file writes England's row.
  const quarters = periods.map((period) =>
    period.quarter === null ? quarterLabels(period).map(parsePeriodOrThrow) : [],
  );
  const { dataVersion, updating, figures: stored } = await getPeriodFigures(db, [...periods, ...quarters.flat()]);
  // As this viewer's class (own locality) sees it: built once per data version.
  const shown = await memoiseAtVersion(
    db,
    dataVersion,
    `national-trend/${periods.at(-1)!.label}/${count}/${user.localityCode ?? ''}`,
    async () => discloseNationalTrend(user, periods, stored, quarters),
  );
  return { dataVersion, updating, ...shown };
}

function discloseNationalTrend(
  user: SessionUser,
  periods: readonly Period[],
  stored: readonly PeriodFigures[],
  quarters: readonly Period[][],
) {
  const figures = stored.slice(0, periods.length).map((period) => period.localities);
  let next = periods.length;
  const quarterFigures = quarters.map((ofYear) =>
    stored.slice(next, (next += ofYear.length)).map((period) => period.localities),
  );
  return {
    periods: periods.map((period) => period.label),
    england: figures.map((localities, i) => {
      const england = poolEngland(localities);
      return {
        traineesInPost: discloseCount(england.traineesInPost, 'england'),
        measures: discloseMeasureSet(england.measures, 'england'),
        /** Measures whose England figures an export writes rounded to 5, like those below England. */
        roundedInExports: [...englandYearHidden(quarterFigures[i]!)],
      };
    }),
    localities: figures[0]!.map(({ code }) => {
      const level = localityLevel(user, code);
      return {
        code,
        points: figures.map((localities) => {
          const locality = localities.find((l) => l.code === code)!;
          return {
            traineesInPost: discloseCount(locality.traineesInPost, level),
            measures: discloseMeasureSet(locality.measures, level),
          };
        }),
      };
    }),
  };
}
