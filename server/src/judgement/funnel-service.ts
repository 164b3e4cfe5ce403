/**
 * The funnel of `pnpm cli funnel` (PRODUCT.md §9, §12.2): one proportion measure for the 13
 * localities or the 7 regions in a period — exact and overdispersion-adjusted limits, φ, τ² and
 * outlier flags, on exact counts.
 */
import type { Database } from '@ldm/db';
import { isProportionMeasure, type MeasureCode, PROPORTION_MEASURES } from '@ldm/shared';
import { poolRegions, toMeasureValue } from '@ldm/shared/measures';
import { readFunnel } from '@ldm/shared/statistics/funnel';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { getMeasuresForPeriod } from '../measure/service';

export function mustBeProportionMeasure(measure: string): MeasureCode {
  if (!isProportionMeasure(measure))
    throw new DomainError(
      'INVALID',
      `"${measure}" is not a proportion measure: choose one of ${PROPORTION_MEASURES.join(', ')}`,
    );
  return measure as MeasureCode;
}

export async function getFunnel(db: Kysely<Database>, options: { period: string; measure: string; regions?: boolean }) {
  const measure = mustBeProportionMeasure(options.measure);
  const result = await getMeasuresForPeriod(db, options.period);
  const places = options.regions ? poolRegions(result.localities) : result.localities;
  const figures = places.map((place) => ({ code: place.code, ...place.measures[measure] }));
  const reading = readFunnel(figures);
  return {
    period: result.period,
    measure,
    centre: reading.centre,
    k: reading.k,
    phi: reading.phi,
    tau2: reading.tau2,
    points: figures.map((figure, i) => ({
      code: figure.code,
      ...toMeasureValue(figure.numerator, figure.denominator),
      ...reading.points[i]!,
    })),
  };
}
