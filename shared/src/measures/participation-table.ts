/**
 * Participations in columns, built once per load for every period of a sweep: trainees as indexes
 * of the placement table, dates as `dateNumber`s, statuses as bits, cohorts as indexes. Each of
 * twenty quarters re-reading sixty thousand participation objects three times (string dates,
 * status and GMC-number lookups) cost more than counting the quarter itself.
 */
import type { Period } from '../periods';
import type { MeasureRows } from './facts';
import { dateNumber, type PlacementTable } from './placement-table';

/** Status bits: enrolled or completed (uptake, fill); completed; withdrawn (completion rate). */
export const TAKEN_UP = 1;
export const COMPLETED = 2;
export const WITHDRAWN = 4;

const STATUS_BITS = new Map([
  ['enrolled', TAKEN_UP],
  ['completed', TAKEN_UP | COMPLETED],
  ['withdrawn', WITHDRAWN],
]);

/** A period's first and last days as `dateNumber`s. */
export interface DaySpan {
  from: number;
  to: number;
}

export function daySpanOf(period: Period): DaySpan {
  return { from: dateNumber(period.from), to: dateNumber(period.to) };
}

export class ParticipationTable {
  /** Per participation: its trainee's index in the placement table, -1 for a trainee with no placement loaded. */
  readonly trainee: Int32Array;
  readonly start: Int32Array;
  /** 0 when open (before every period). */
  readonly end: Int32Array;
  readonly status: Uint8Array;
  /** Index in `cohorts`, -1 for a cohort not on record. */
  readonly cohort: Int32Array;
  /** Per cohort: */
  readonly cohortStart: Int32Array;
  /** Its offer's tier, -1 for an offer not on record. */
  readonly cohortTier: Int32Array;
  /** Its offer's scope: a locality code, null for a national offer or one not on record. */
  readonly cohortScope: (string | null)[];
  readonly cohortPlaces: number[];

  constructor(rows: MeasureRows, placements: PlacementTable) {
    const offers = new Map(rows.offers.map((offer) => [offer.code, offer]));
    const cohortIndex = new Map(rows.cohorts.map((cohort, i) => [cohort.code, i]));
    this.cohortStart = Int32Array.from(rows.cohorts, (cohort) => dateNumber(cohort.startDate));
    this.cohortTier = Int32Array.from(rows.cohorts, (cohort) => offers.get(cohort.offerCode)?.tier ?? -1);
    this.cohortScope = rows.cohorts.map((cohort) => offers.get(cohort.offerCode)?.scopeLocalityCode ?? null);
    this.cohortPlaces = rows.cohorts.map((cohort) => cohort.places);
    const { participations } = rows;
    const count = participations.length;
    this.trainee = new Int32Array(count);
    this.start = new Int32Array(count);
    this.end = new Int32Array(count);
    this.status = new Uint8Array(count);
    this.cohort = new Int32Array(count);
    // One loop, not Int32Array.from(participations, …) per column: five passes through the iterator protocol.
    for (let i = 0; i < count; i++) {
      const p = participations[i]!;
      this.trainee[i] = placements.trainees.find(p.gmcNumber) ?? -1;
      this.start[i] = dateNumber(p.startDate);
      this.end[i] = p.endDate === null ? 0 : dateNumber(p.endDate);
      this.status[i] = STATUS_BITS.get(p.status) ?? 0;
      this.cohort[i] = cohortIndex.get(p.cohortCode) ?? -1;
    }
  }

  get length(): number {
    return this.trainee.length;
  }
}
