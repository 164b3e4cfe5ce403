/**
 * The national trend panel in one call: every locality's measures (and England's, pooled from
 * them) over consecutive periods, from one sweep of the periods not yet computed. Open to every
 * signed-in user like the national overview, with the same disclosure per locality.
 */

import type { Database } from '@ldm/db';
import { periodsUpTo } from '@ldm/shared';
import { discloseCount, discloseMeasureSet } from '@ldm/shared/disclosure';
import { poolEngland } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { localityLevel } from './disclose-figures';
import { getPeriodFigures, parsePeriodOrThrow } from './measures-cache';

export async function getNationalTrend(db: Kysely<Database>, user: SessionUser, periodLabel: string, count: number) {
  const periods = periodsUpTo(parsePeriodOrThrow(periodLabel), count);
  const { dataVersion, updating, figures: stored } = await getPeriodFigures(db, periods);
  const figures = stored.map((period) => period.localities);
  return {
    dataVersion,
    updating,
    periods: periods.map((period) => period.label),
    england: figures.map((localities) => {
      const england = poolEngland(localities);
      return {
        traineesInPost: discloseCount(england.traineesInPost, 'england'),
        measures: discloseMeasureSet(england.measures, 'england'),
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
