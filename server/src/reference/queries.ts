/** The span of dates the data covers (Kysely only): placements define which periods have data. */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

/**
 * The first start date and the last end date of any placement. Two subqueries, so each is one
 * index lookup (placements_dates, placements_period): SQLite reads min and max in one select by
 * scanning a whole index, which took half a second on the request thread after a million-row import.
 */
export function placementSpanQuery(db: Kysely<Database>) {
  return db.selectNoFrom((eb) => [
    eb
      .selectFrom('placements')
      .select((placements) => placements.fn.min('start_date').as('first'))
      .as('first'),
    eb
      .selectFrom('placements')
      .select((placements) => placements.fn.max('end_date').as('last'))
      .as('last'),
  ]);
}

export function selectPlacementSpan(db: Kysely<Database>) {
  return placementSpanQuery(db).executeTakeFirstOrThrow();
}
