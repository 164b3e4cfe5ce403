/**
 * Reference lists for every drop-down and label in the dashboard, from shared/ (the one copy of
 * PRODUCT.md §3), plus the financial years the data covers, newest first.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import {
  financialYearsBetween,
  GRADE_STAGE,
  INTERVENTIONS,
  LEARNING_MODES,
  LOCALITIES,
  MEASURES,
  PRINCIPLES,
  RECOMMENDATIONS,
  REGIONS,
  ROLES,
  STAGES,
  TIERS,
  WORKPLACE_PRACTICES,
} from '@ldm/shared';
import type { Kysely } from 'kysely';
import { selectPlacementSpan } from './queries';

/** The span needs a scan of every placement's end date, so it is kept per data version. */
const periodCache = new WeakMap<Kysely<Database>, { version: number; periods: Promise<string[]> }>();

async function loadPeriods(db: Kysely<Database>): Promise<string[]> {
  const version = await currentDataVersion(db);
  const cached = periodCache.get(db);
  if (cached?.version === version) return cached.periods;
  const periods = selectPlacementSpan(db).then((span) =>
    span.first && span.last ? financialYearsBetween(String(span.first), String(span.last)).reverse() : [],
  );
  periodCache.set(db, { version, periods });
  periods.catch(() => periodCache.delete(db));
  return periods;
}

export async function getReferenceLists(db: Kysely<Database>) {
  const periods = await loadPeriods(db);
  return {
    regions: REGIONS,
    localities: LOCALITIES,
    stages: STAGES,
    grades: Object.entries(GRADE_STAGE).map(([grade, stage]) => ({ grade, stage })),
    tiers: TIERS,
    interventions: INTERVENTIONS,
    modes: LEARNING_MODES,
    practices: WORKPLACE_PRACTICES,
    principles: PRINCIPLES,
    recommendations: RECOMMENDATIONS,
    measures: MEASURES,
    roles: ROLES,
    /** Financial years with placement data, newest first; quarters are `<year> Q1`…`Q4`. */
    periods,
  };
}
