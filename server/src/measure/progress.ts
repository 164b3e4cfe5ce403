/**
 * Baseline → latest → target and status, per locality and measure, for one period (PRODUCT.md
 * §12.4): a period not yet over is "to date" and not judged; a quarter is compared with the same
 * quarter of the baseline's financial year (computed from the current data), never with a year.
 */

import type { Database } from '@ldm/db';
import {
  comparableBaselinePeriod,
  MEASURE_CODES,
  type MeasureCode,
  type MeasureStatus,
  mustParsePeriod,
  type Period,
  periodState,
  todayIso,
} from '@ldm/shared';
import {
  judgeMeasureStatus,
  type LocalityMeasures,
  type MeasureDirection,
  type MeasureValue,
} from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import * as q from './baseline-queries';
import { getPeriodFigures } from './measures-cache';

type BaselineRow = Awaited<ReturnType<typeof q.selectBaselines>>[number];

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

/** The baseline a period is judged against: the frozen one, or the same quarter of its year from current data. */
async function comparableBaseline(
  db: Kysely<Database>,
  row: BaselineRow,
  period: Period,
): Promise<MeasureProgress['baseline']> {
  const frozen = {
    period: row.period,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    dataVersion: row.data_version,
    setAt: row.set_at,
  };
  const comparable = comparableBaselinePeriod(period, mustParsePeriod(row.period));
  if (comparable.label === row.period) return frozen;
  const { dataVersion, figures: stored } = await getPeriodFigures(db, [comparable]);
  const figures = stored[0]!.localities.find((l) => l.code === row.locality_code);
  const measure = figures?.measures[row.measure_code as MeasureCode];
  return measure ? { ...frozen, ...measure, period: comparable.label, dataVersion } : null;
}

export async function buildProgress(
  db: Kysely<Database>,
  localities: readonly LocalityMeasures[],
  period: Period,
  localityCode?: string,
  today: string = todayIso(),
): Promise<MeasureProgress[]> {
  const judged = periodState(period, today) === 'complete';
  const [baselineRows, targets, directions] = await Promise.all([
    q.selectBaselines(db, localityCode),
    q.selectTargets(db, localityCode),
    q.selectMeasureDirections(db),
  ]);
  const key = (measure: string, locality: string) => `${measure}/${locality}`;
  const baselines = await Promise.all(
    baselineRows.map(
      async (row) => [key(row.measure_code, row.locality_code), await comparableBaseline(db, row, period)] as const,
    ),
  );
  const baselineOf = new Map(baselines);
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
        baseline: baseline ?? null,
        latest,
        target: target ? { period: target.period, value: target.value } : null,
        status: !judged
          ? 'to date'
          : judgeMeasureStatus({
              latest: latest.value,
              baseline: baseline?.value ?? null,
              target: target?.value ?? null,
              direction: directionOf.get(measureCode) ?? 'higher',
            }),
      };
    }),
  );
}
