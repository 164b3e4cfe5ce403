/**
 * The `pnpm cli measures --json` object (PRODUCT.md §9) with its comparison keys: each locality's
 * proportion measures carry ci95, ci998 and vsEngland, and `england` holds England's pooled
 * figures in the same shape.
 */
import type { Database } from '@ldm/db';
import { poolEngland } from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import { getMeasuresForPeriod } from '../measure/service';
import { compareMeasureSet } from './england-comparison';

export async function getMeasuresWithEngland(db: Kysely<Database>, periodLabel: string) {
  const result = await getMeasuresForPeriod(db, periodLabel);
  const england = poolEngland(result.localities);
  return {
    ...result,
    localities: result.localities.map((locality) => ({
      ...locality,
      measures: compareMeasureSet(locality.measures, england.measures),
    })),
    england: {
      traineesInPost: england.traineesInPost,
      measures: compareMeasureSet(england.measures, england.measures),
    },
  };
}
