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

/**
 * The baseline a period is judged against: the frozen one, or the same quarter of its year from
 * current data (`comparable`: the figures of those periods, read together for every baseline).
 */
function comparableBaseline(
  row: BaselineRow,
  period: Period,
  comparable: ReadonlyMap<string, { dataVersion: number; localities: readonly LocalityMeasures[] }>,
): MeasureProgress['baseline'] {
  const frozen = {
    period: row.period,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    dataVersion: row.data_version,
    setAt: row.set_at,
  };
  const label = comparableBaselinePeriod(period, mustParsePeriod(row.period)).label;
  if (label === row.period) return frozen;
  const { dataVersion, localities } = comparable.get(label)!;
  const measure = localities.find((l) => l.code === row.locality_code)?.measures[row.measure_code as MeasureCode];
  return measure ? { ...frozen, ...measure, period: label, dataVersion } : null;
}

/** The figures of every period a baseline row is compared in instead of its own, in one read. */
async function readComparablePeriods(db: Kysely<Database>, rows: readonly BaselineRow[], period: Period) {
  const labels = new Set<string>();
  for (const row of rows) {
    const label = comparableBaselinePeriod(period, mustParsePeriod(row.period)).label;
    if (label !== row.period) labels.add(label);
  }
  const periods = [...labels].map(mustParsePeriod);
  if (periods.length === 0) return new Map();
  const { dataVersion, figures } = await getPeriodFigures(db, periods);
  return new Map(periods.map((p, i) => [p.label, { dataVersion, localities: figures[i]!.localities }]));
}

/**
 * Every baseline and target row, kept per handle while the tables are unchanged: reading all 142
 * baseline rows of the demo on each national overview was half of the dashboard calls' own work
 * on the request thread. Unchanged is judged by a one-row stamp per table (row count and latest
 * `set_at`; every write through baseline-service.ts sets `set_at` to its time), so a change made by
 * another process is seen at the next call; this process's own writes drop the copy at once.
 */
const keptSettings = new WeakMap<
  Kysely<Database>,
  { stamp: string; rows: Promise<[BaselineRow[], Awaited<ReturnType<typeof q.selectTargets>>]> }
>();

export function forgetBaselinesAndTargets(db: Kysely<Database>): void {
  keptSettings.delete(db);
}

async function readBaselinesAndTargets(db: Kysely<Database>, localityCode?: string) {
  const stamp = await q.selectBaselinesAndTargetsStamp(db);
  let kept = keptSettings.get(db);
  if (kept?.stamp !== stamp) {
    kept = { stamp, rows: Promise.all([q.selectBaselines(db), q.selectTargets(db)]) };
    keptSettings.set(db, kept);
    kept.rows.catch(() => keptSettings.delete(db));
  }
  const [baselines, targets] = await kept.rows;
  const ofLocality = <T extends { locality_code: string }>(rows: T[]) =>
    localityCode ? rows.filter((row) => row.locality_code === localityCode) : rows;
  return [ofLocality(baselines), ofLocality(targets)] as const;
}

export async function buildProgress(
  db: Kysely<Database>,
  localities: readonly LocalityMeasures[],
  period: Period,
  localityCode?: string,
  today: string = todayIso(),
): Promise<MeasureProgress[]> {
  const judged = periodState(period, today) === 'complete';
  const [[baselineRows, targets], directions] = await Promise.all([
    readBaselinesAndTargets(db, localityCode),
    q.selectMeasureDirections(db),
  ]);
  const key = (measure: string, locality: string) => `${measure}/${locality}`;
  const comparable = await readComparablePeriods(db, baselineRows, period);
  const baselineOf = new Map(
    baselineRows.map((row) => [key(row.measure_code, row.locality_code), comparableBaseline(row, period, comparable)]),
  );
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
