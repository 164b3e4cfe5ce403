/**
 * Demo baselines and targets, so statuses read met / improving / not improving instead of
 * "no data": each measure's baseline is frozen from the first demo year, and its target for the
 * current year follows the report's ambition — the floor (M1, M1.1, M2) for everyone, an
 * "established" self-assessment (M7 = 2), and a stretch of 15 points elsewhere — never below the
 * baseline, since a target under it would call a fall "met".
 */

import type { Database } from '@ldm/db';
import { LOCALITY_CODES, MEASURE_CODES, type MeasureCode } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { setBaseline, setTarget } from '../measure/baseline-service';

const FIXED_TARGETS: Partial<Record<MeasureCode, number>> = { M1: 1, 'M1.1': 1, M2: 1, M7: 2 };

/** The demo target for a measure whose frozen baseline is `baseline` (every measure is "higher is better"). */
export function demoTarget(measureCode: MeasureCode, baseline: number): number {
  const ambition = FIXED_TARGETS[measureCode] ?? Math.min(0.95, Math.round((baseline + 0.15) * 100) / 100);
  return Math.max(baseline, ambition);
}

export async function setDemoBaselines(
  db: Kysely<Database>,
  baselinePeriod: string,
  targetPeriod: string,
): Promise<number> {
  let set = 0;
  for (const localityCode of LOCALITY_CODES) {
    for (const measureCode of MEASURE_CODES) {
      try {
        const baseline = await setBaseline(db, {
          measureCode,
          localityCode,
          periodLabel: baselinePeriod,
          userId: null,
        });
        await setTarget(db, {
          measureCode,
          localityCode,
          periodLabel: targetPeriod,
          userId: null,
          value: demoTarget(measureCode, baseline.value),
        });
        set += 1;
      } catch (error) {
        // A measure with no data in the baseline year simply has no baseline yet.
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }
  return set;
}
