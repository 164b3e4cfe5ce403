/**
 * The quarterly series of a measure for a locality or England with its SPC reading (PRODUCT.md §9
 * `pnpm cli trend`, §12.3): every quarter asked for, and an XmR reading over the quarters with a
 * non-zero denominator, on exact ratios — or none below 13 such quarters.
 */
import type { Database } from '@ldm/db';
import { LOCALITY_CODES, MEASURE_CODES, type MeasureCode, periodsUpTo } from '@ldm/shared';
import { poolEngland } from '@ldm/shared/measures';
import { readSpc } from '@ldm/shared/statistics/spc';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { selectTarget } from '../measure/baseline-queries';
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

export async function getSpcTrend(db: Kysely<Database>, options: TrendOptions) {
  const { locality, measure, periods } = checkOptions(options);
  const { figures } = await getPeriodFigures(db, periods);
  const points = periods.map((period, i) => {
    const localities = figures[i]!.localities;
    const scope = locality === ENGLAND_CODE ? poolEngland(localities) : localities.find((l) => l.code === locality)!;
    return { period: period.label, ...scope.measures[measure] };
  });
  const used = points.filter((point) => point.denominator > 0);
  const target = locality === ENGLAND_CODE ? null : ((await selectTarget(db, measure, locality))?.value ?? null);
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
