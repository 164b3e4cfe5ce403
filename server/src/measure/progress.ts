/** Baseline → latest → target and status, per locality and measure. */

import type { Database } from '@ldm/db';
import { MEASURE_CODES, type MeasureCode, type MeasureStatus } from '@ldm/shared';
import {
  judgeMeasureStatus,
  type LocalityMeasures,
  type MeasureDirection,
  type MeasureValue,
} from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import * as q from './baseline-queries';

export interface MeasureProgress {
  localityCode: string;
  measureCode: MeasureCode;
  baseline: {
    period: string;
    numerator: number;
    denominator: number;
    value: number | null;
    dataVersion: number;
    setAt: string;
  } | null;
  latest: MeasureValue;
  target: { period: string; value: number } | null;
  status: MeasureStatus;
}

export async function buildProgress(
  db: Kysely<Database>,
  localities: readonly LocalityMeasures[],
  localityCode?: string,
): Promise<MeasureProgress[]> {
  const [baselines, targets, directions] = await Promise.all([
    q.selectBaselines(db, localityCode),
    q.selectTargets(db, localityCode),
    q.selectMeasureDirections(db),
  ]);
  const key = (measure: string, locality: string) => `${measure}/${locality}`;
  const baselineOf = new Map(baselines.map((b) => [key(b.measure_code, b.locality_code), b]));
  const targetOf = new Map(targets.map((t) => [key(t.measure_code, t.locality_code), t]));
  const directionOf = new Map(directions.map((d) => [d.code, d.direction as MeasureDirection]));
  return localities.flatMap((locality) =>
    MEASURE_CODES.map((measureCode): MeasureProgress => {
      const baseline = baselineOf.get(key(measureCode, locality.code));
      const target = targetOf.get(key(measureCode, locality.code));
      const latest = locality.measures[measureCode];
      return {
        localityCode: locality.code,
        measureCode,
        baseline: baseline
          ? {
              period: baseline.period,
              numerator: baseline.numerator,
              denominator: baseline.denominator,
              value: baseline.value,
              dataVersion: baseline.data_version,
              setAt: baseline.set_at,
            }
          : null,
        latest,
        target: target ? { period: target.period, value: target.value } : null,
        status: judgeMeasureStatus({
          latest: latest.value,
          baseline: baseline?.value ?? null,
          target: target?.value ?? null,
          direction: directionOf.get(measureCode) ?? 'higher',
        }),
      };
    }),
  );
}
