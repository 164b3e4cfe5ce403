/**
 * Who took part: each cohort fills part of its places from trainees eligible at its start (in
 * scope and at an eligible stage). Fill grows year on year and with the locality's engagement.
 * Status follows the calendar: future runs have applicants, running ones enrolled trainees,
 * finished ones completions and some withdrawals (with the date they left).
 */
import type { Insertable } from 'kysely';
import type { ParticipationTable } from '../schema';
import { addDays, type DemoCalendar } from './calendar';
import type { Roster } from './careers';
import { type DemoCohort, eligiblePopulation, trainingYearOf } from './cohorts';
import type { DemoOffer } from './demo-offer';
import type { Random } from './random';

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function buildParticipations(
  random: Random,
  calendar: DemoCalendar,
  offers: DemoOffer[],
  cohorts: DemoCohort[],
  roster: Roster,
  engagement: Map<string, number>,
): Insertable<ParticipationTable>[] {
  const offerByCode = new Map(offers.map((o) => [o.row.code, o]));
  const today = calendar.today;
  const participations: Insertable<ParticipationTable>[] = [];
  for (const cohort of cohorts) {
    const offer = offerByCode.get(cohort.offer_code)!;
    const scope = offer.row.scope_locality_code;
    const bias = scope ? engagement.get(scope)! - 1 : 0;
    const fill = Math.min(1, Math.max(0.25, 0.6 + 0.07 * cohort.yearIndex + 0.25 * bias + (random.next() - 0.5) * 0.2));
    const candidates = eligiblePopulation(roster, offer, trainingYearOf(cohort.start_date));
    const completion = offer.row.tier === 3 ? 0.95 : 0.87;
    for (const gmc_number of random.sample(candidates, Math.round(cohort.places * fill))) {
      const base = { gmc_number, cohort_code: cohort.code, start_date: cohort.start_date };
      if (cohort.start_date > today) {
        participations.push({ ...base, status: 'applied', end_date: null });
      } else if (cohort.end_date < today) {
        const completed = random.chance(completion);
        const left = addDays(cohort.start_date, random.int(0, daysBetween(cohort.start_date, cohort.end_date)));
        participations.push({
          ...base,
          status: completed ? 'completed' : 'withdrawn',
          end_date: completed ? cohort.end_date : left,
        });
      } else if (random.chance(0.05)) {
        participations.push({
          ...base,
          status: 'withdrawn',
          end_date: addDays(cohort.start_date, random.int(0, daysBetween(cohort.start_date, today))),
        });
      } else {
        participations.push({ ...base, status: 'enrolled', end_date: null });
      }
    }
  }
  return participations;
}
