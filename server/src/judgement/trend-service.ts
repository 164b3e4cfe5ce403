/**
 * The quarterly series of a measure for a locality or England with its SPC reading (PRODUCT.md §9
 * `pnpm cli trend`, §12.3): every quarter asked for, and an XmR reading over the quarters with a
 * non-zero denominator, on exact ratios — or none below 13 such quarters.
 */
import type { Database } from '@ldm/db';
import { LOCALITY_CODES, MEASURE_CODES, type MeasureCode, type Period, periodsUpTo } from '@ldm/shared';
import { poolEngland } from '@ldm/shared/measures';
import { readSpc } from '@ldm/shared/statistics/spc';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { selectTarget, selectTargets } from '../measure/baseline-queries';
import { getPeriodFigures, parsePeriodOrThrow } from '../measure/measures-cache';

export const ENGLAND_CODE = 'ENG';
export const DEFAULT_TREND_QUARTERS = 20;
/** Every measure of §4 is "higher is better". */
const POLARITY = 'higher';

export interface TrendOptions {
  locality: string;
  measure: string;
  to: string;
  count?: number;
}

function checkOptions({ locality, measure, to, count = DEFAULT_TREND_QUARTERS }: TrendOptions) {
  if (locality !== ENGLAND_CODE && !(LOCALITY_CODES as readonly string[]).includes(locality))
    throw new DomainError('INVALID', `"${locality}" is not a locality: use one of ${LOCALITY_CODES.join(', ')} or ENG`);
  if (!(MEASURE_CODES as readonly string[]).includes(measure))
    throw new DomainError('INVALID', `"${measure}" is not a measure: use one of ${MEASURE_CODES.join(', ')}`);
  const last = parsePeriodOrThrow(to);
  if (last.quarter === null) throw new DomainError('INVALID', `--to must be a quarter like 2024-25 Q3, not "${to}"`);
  if (!Number.isInteger(count) || count < 1)
    throw new DomainError('INVALID', `--count must be a whole number of quarters, at least 1 (not ${count})`);
  return { locality, measure: measure as MeasureCode, periods: periodsUpTo(last, count) };
}

type StoredFigures = Awaited<ReturnType<typeof getPeriodFigures>>['figures'];

/** One measure's series over `periods` for a locality or England, read as an XmR chart (§9 `trend`). */
function readTrend(
  periods: readonly Period[],
  figures: StoredFigures,
  locality: string,
  measure: MeasureCode,
  target: number | null,
) {
  const points = periods.map((period, i) => {
    const localities = figures[i]!.localities;
    const scope = locality === ENGLAND_CODE ? poolEngland(localities) : localities.find((l) => l.code === locality)!;
    return { period: period.label, ...scope.measures[measure] };
  });
  const used = points.filter((point) => point.denominator > 0);
  const reading = readSpc(
    used.map((point) => point.numerator / point.denominator),
    POLARITY,
    target,
  );
  return {
    locality,
    measure,
    polarity: POLARITY,
    target,
    points,
    spc: reading && {
      rules: 'NHSE SPC v2.6',
      mean: reading.mean,
      upperProcessLimit: reading.upperProcessLimit,
      lowerProcessLimit: reading.lowerProcessLimit,
      upperTwoSigma: reading.upperTwoSigma,
      lowerTwoSigma: reading.lowerTwoSigma,
      points: used.map((point, i) => ({ period: point.period, signal: reading.signals[i]! })),
      variation: reading.variation,
      assurance: reading.assurance,
    },
  };
}

export type SpcTrend = ReturnType<typeof readTrend>;

export async function getSpcTrend(db: Kysely<Database>, options: TrendOptions): Promise<SpcTrend> {
  const { locality, measure, periods } = checkOptions(options);
  const { figures } = await getPeriodFigures(db, periods);
  const target = locality === ENGLAND_CODE ? null : ((await selectTarget(db, measure, locality))?.value ?? null);
  return readTrend(periods, figures, locality, measure, target);
}

/** Every measure's series for a locality or England (the dashboard's SPC charts), from one read of the figures. */
export async function getSpcTrends(db: Kysely<Database>, locality: string, to: string) {
  const { periods } = checkOptions({ locality, measure: MEASURE_CODES[0], to });
  const { dataVersion, updating, figures } = await getPeriodFigures(db, periods);
  const targets = locality === ENGLAND_CODE ? [] : await selectTargets(db, locality);
  const trends = MEASURE_CODES.map((measure) =>
    readTrend(periods, figures, locality, measure, targets.find((t) => t.measure_code === measure)?.value ?? null),
  );
  return { dataVersion, updating, trends };
}
