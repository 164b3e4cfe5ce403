/** The span of dates the data covers (Kysely only): placements define which periods have data. */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

export function selectPlacementSpan(db: Kysely<Database>) {
  return db
    .selectFrom('placements')
    .select((eb) => [eb.fn.min('start_date').as('first'), eb.fn.max('end_date').as('last')])
    .executeTakeFirstOrThrow();
}
