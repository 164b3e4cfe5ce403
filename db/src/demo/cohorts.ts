/**
 * Each offer's runs per financial year, from the year before the demo years (so early-April
 * availability is real) to the current one. Places follow the eligible population, grow year on
 * year as programmes expand, and depend on the locality's engagement; a defined capacity caps them.
 */

import { financialYearLabel, type LocalityCode } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { CohortTable } from '../schema';
import type { DemoCalendar } from './calendar';
import type { Roster } from './careers';
import type { DemoOffer, OfferSchedule } from './demo-offer';

export type DemoCohort = Insertable<CohortTable> & { yearIndex: number };

/** Runs in financial year Y: [month-day of start, years after Y, month-day of end, years after Y]. */
const RUNS: Record<OfferSchedule, readonly [string, number, string, number][]> = {
  course: [
    ['09-15', 0, '01-31', 1],
    ['02-01', 1, '06-30', 1],
  ],
  programme: [['10-01', 0, '06-30', 1]],
  fellowship: [['09-01', 0, '08-31', 1]],
  online: [
    ['04-01', 0, '06-30', 0],
    ['07-01', 0, '09-30', 0],
    ['10-01', 0, '12-31', 0],
    ['01-01', 1, '03-31', 1],
  ],
};

/** Share of the eligible population a year's runs are sized for, by tier (national offers draw on all of England). */
const TIER_SHARE = { 1: 0.4, 2: 0.08, 3: 0.02 } as const;
const NATIONAL_FACTOR = 0.2;

export function trainingYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 8 ? year : year - 1;
}

export function eligiblePopulation(roster: Roster, offer: DemoOffer, trainingYear: number): string[] {
  const byLocality = roster.get(trainingYear);
  if (!byLocality) return [];
  const scope = offer.row.scope_locality_code as LocalityCode | null;
  const localities = scope ? [scope] : [...byLocality.keys()];
  return localities.flatMap((l) => offer.stages.flatMap((s) => byLocality.get(l)![s]));
}

export function buildCohorts(
  offers: DemoOffer[],
  calendar: DemoCalendar,
  roster: Roster,
  engagement: Map<string, number>,
): DemoCohort[] {
  const windowStart = calendar.years[0]!.from;
  const cohorts: DemoCohort[] = [];
  for (const offer of offers) {
    const runs = RUNS[offer.schedule];
    const scope = offer.row.scope_locality_code;
    const tier = offer.row.tier as 1 | 2 | 3;
    for (let index = -1; index < calendar.years.length; index++) {
      const year = calendar.firstYear + index;
      runs.forEach(([startMd, startOffset, endMd, endOffset], run) => {
        const start_date = `${year + startOffset}-${startMd}`;
        const end_date = `${year + endOffset}-${endMd}`;
        if (end_date < windowStart || (offer.launchedOn && start_date < offer.launchedOn)) return;
        const population = eligiblePopulation(roster, offer, trainingYearOf(start_date)).length;
        const growth = 0.55 + 0.15 * index;
        const yearly = population * TIER_SHARE[tier] * growth * (scope ? engagement.get(scope)! : NATIONAL_FACTOR);
        const capped = offer.row.capacity ? Math.min(yearly, offer.row.capacity) : yearly;
        cohorts.push({
          code: `${offer.row.code}-${financialYearLabel(year).replace('-', '')}${'ABCD'[run]}`,
          offer_code: offer.row.code,
          start_date,
          end_date,
          places: Math.max(1, Math.round(capped / runs.length)),
          yearIndex: index,
        });
      });
    }
  }
  return cohorts;
}
