/** The measures whose denominator is N(L,P), for any group of trainees (a locality or a breakdown). */
import { type MeasureValue, toMeasureValue } from './ratio';
import type { TraineeFact } from './trainee-facts';

export interface TraineeMeasures {
  traineesInPost: number;
  M1: MeasureValue;
  'M1.1': MeasureValue;
  'M1.2': MeasureValue;
  'M1.3': MeasureValue;
  M3: MeasureValue;
  M6: MeasureValue;
}

/** M3 variants: uptake of offers of one tier. */
export type UptakeByTier = Record<'1' | '2' | '3', MeasureValue>;

/**
 * Counts over a group of trainees in post:
 * - **M1 Access coverage** — "share of N(L,P) whose stage has at least one available offer (any
 *   tier). Also per tier (M1.1, M1.2, M1.3). M1.1 is 'the floor'."
 * - **M3 Uptake** — "share of N(L,P) with at least one participation of status enrolled or
 *   completed whose start date lies in P (any offer, any scope)."
 * - **M6 Workplace standard** — "share of N(L,P) whose home placement's organisation provides at
 *   least 5 of the 9 workplace practices in the financial year containing P's start."
 */
export function countTraineeMeasures(trainees: readonly TraineeFact[]): TraineeMeasures {
  const tally = new TraineeTally();
  for (const trainee of trainees) {
    tally.add(trainee.accessTiers, 1, trainee.tookUp ? 1 : 0, trainee.meetsWorkplaceStandard ? 1 : 0);
  }
  return tally.measures();
}

/**
 * The counts behind `countTraineeMeasures`, by groups of trainees in post with the same access
 * tiers (the engine tallies each locality's grades without trainee rows).
 */
export class TraineeTally {
  private n = 0;
  private anyTier = 0;
  private readonly byTier = [0, 0, 0, 0];
  private uptake = 0;
  private standard = 0;

  /** `count` trainees with `accessTiers`, of whom `tookUp` took up an offer and `meetingStandard` have a home meeting the workplace standard. */
  add(accessTiers: ReadonlySet<number>, count: number, tookUp: number, meetingStandard: number): void {
    this.n += count;
    if (accessTiers.size > 0) this.anyTier += count;
    for (const tier of accessTiers) this.byTier[tier] = (this.byTier[tier] ?? 0) + count;
    this.uptake += tookUp;
    this.standard += meetingStandard;
  }

  measures(): TraineeMeasures {
    const n = this.n;
    return {
      traineesInPost: n,
      M1: toMeasureValue(this.anyTier, n),
      'M1.1': toMeasureValue(this.byTier[1]!, n),
      'M1.2': toMeasureValue(this.byTier[2]!, n),
      'M1.3': toMeasureValue(this.byTier[3]!, n),
      M3: toMeasureValue(this.uptake, n),
      M6: toMeasureValue(this.standard, n),
    };
  }
}

/** M3 per tier: share of the group with an enrolled/completed participation in an offer of that tier starting in P. */
export function countUptakeByTier(trainees: readonly TraineeFact[]): UptakeByTier {
  const counts = [0, 0, 0, 0];
  for (const trainee of trainees) for (const tier of trainee.uptakeTiers) counts[tier] = (counts[tier] ?? 0) + 1;
  const n = trainees.length;
  return { '1': toMeasureValue(counts[1]!, n), '2': toMeasureValue(counts[2]!, n), '3': toMeasureValue(counts[3]!, n) };
}
