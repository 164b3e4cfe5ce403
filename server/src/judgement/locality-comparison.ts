/**
 * A locality's proportion measures beside England's for its dashboard (PRODUCT.md §12.1): the
 * judgement at 95% and 99.8% from exact counts, shown as "not compared" where the viewer sees the
 * figure as *. The Wilson interval is given only to a viewer who sees the exact counts: its ends
 * would let anyone recover counts that are rounded for them.
 */
import type { Database } from '@ldm/db';
import { type MeasureCode, type Period, PROPORTION_MEASURES } from '@ldm/shared';
import { type DisclosureLevel, discloseMeasure, judgementShown } from '@ldm/shared/disclosure';
import { type LocalityMeasures, poolEngland } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import { getPeriodFigures } from '../measure/measures-cache';
import { compareValue } from './england-comparison';

export async function compareLocalityWithEngland(
  db: Kysely<Database>,
  period: Period,
  locality: LocalityMeasures,
  level: DisclosureLevel,
) {
  const england = poolEngland((await getPeriodFigures(db, [period])).figures[0]!.localities);
  return PROPORTION_MEASURES.map((measureCode: MeasureCode) => {
    const compared = compareValue(locality.measures[measureCode], england.measures[measureCode]);
    const shown = discloseMeasure(measureCode, locality.measures[measureCode], level);
    const exact = level === 'exact';
    return {
      measureCode,
      england: discloseMeasure(measureCode, england.measures[measureCode], 'england'),
      ci95: exact ? compared.ci95 : null,
      ci998: exact ? compared.ci998 : null,
      vsEngland: judgementShown(compared.vsEngland, shown),
      vsEngland998: judgementShown(compared.vsEngland998, shown),
    };
  });
}
