/**
 * Reference lists for every drop-down and label in the dashboard, from shared/ (the one copy of
 * PRODUCT.md §3), plus the financial years the data covers, newest first.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import {
  financialYearOf,
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

/** Financial years from `first` to `last` (ISO dates), newest first. */
export function financialYearsBetween(first: string, last: string): string[] {
  const from = Number(financialYearOf(first).slice(0, 4));
  const to = Number(financialYearOf(last).slice(0, 4));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i).map(
    (y) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`,
  );
}

/** The span needs a scan of every placement's end date, so it is kept per data version. */
const periodCache = new WeakMap<Kysely<Database>, { version: number; periods: Promise<string[]> }>();

async function loadPeriods(db: Kysely<Database>): Promise<string[]> {
  const version = await currentDataVersion(db);
  const cached = periodCache.get(db);
  if (cached?.version === version) return cached.periods;
  const periods = selectPlacementSpan(db).then((span) =>
    span.first && span.last ? financialYearsBetween(String(span.first), String(span.last)) : [],
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
