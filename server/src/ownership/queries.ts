/** The stored facts ownership needs that are not on the record itself: each trainee's owner. */
import type { Database } from '@ldm/db';
import { compareCodePoints } from '@ldm/shared/measures/home-placement';
import type { Kysely } from 'kysely';
import { type Owner, ownerOfTrainee } from './rules';

/**
 * Every trainee's owner (GMC number → locality, null when only an administrator may change them):
 * one grouped pass over the (gmc_number, start_date) index for the latest placements, ties broken
 * in code-point order here, as the trainee list and the home placement do.
 */
export async function selectTraineeOwners(db: Kysely<Database>): Promise<Map<string, Owner>> {
  const latestStart = db
    .selectFrom('placements')
    .select(['gmc_number', (eb) => eb.fn.max('start_date').as('latest')])
    .groupBy('gmc_number')
    .as('m');
  const [trainees, latest] = await Promise.all([
    db.selectFrom('trainees').select(['gmc_number', 'created_by_locality_code']).execute(),
    db
      .selectFrom('placements as p')
      .innerJoin(latestStart, (join) =>
        join.onRef('m.gmc_number', '=', 'p.gmc_number').onRef('m.latest', '=', 'p.start_date'),
      )
      .innerJoin('organisations as o', 'o.code', 'p.organisation_code')
      .select(['p.gmc_number', 'p.placement_id', 'o.locality_code'])
      .execute(),
  ]);
  const latestPlacement = new Map<string, { placement_id: string; locality_code: string }>();
  for (const row of latest) {
    const current = latestPlacement.get(row.gmc_number);
    if (!current || compareCodePoints(row.placement_id, current.placement_id) < 0)
      latestPlacement.set(row.gmc_number, row);
  }
  return new Map(
    trainees.map((t) => [
      t.gmc_number,
      ownerOfTrainee(latestPlacement.get(t.gmc_number)?.locality_code ?? null, t.created_by_locality_code),
    ]),
  );
}
