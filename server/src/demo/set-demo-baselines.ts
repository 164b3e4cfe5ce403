/**
 * Demo baselines and targets, so statuses read met / improving / not improving instead of
 * "no data": each measure's baseline is frozen from the first demo year, and its target for the
 * current year follows the report's ambition — the floor (M1, M1.1, M2) for everyone, an
 * "established" self-assessment (M7 = 2), and a stretch of 15 points elsewhere.
 */

import type { Database } from '@ldm/db';
import { LOCALITY_CODES, MEASURE_CODES, type MeasureCode } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { setBaseline, setTarget } from '../measure/baseline-service';

const FIXED_TARGETS: Partial<Record<MeasureCode, number>> = { M1: 1, 'M1.1': 1, M2: 1, M7: 2 };

export function demoTarget(measureCode: MeasureCode, baseline: number): number {
  return FIXED_TARGETS[measureCode] ?? Math.min(0.95, Math.round((baseline + 0.15) * 100) / 100);
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
