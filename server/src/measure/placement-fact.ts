/** A placement row as the pure measure rules see it (shared/src/measures/facts.ts). */
import type { Placement } from '@ldm/db';
import type { PlacementFact } from '@ldm/shared/measures';

type PlacementRow = Pick<
  Placement,
  | 'placement_id'
  | 'gmc_number'
  | 'organisation_code'
  | 'programme_code'
  | 'grade'
  | 'specialty'
  | 'start_date'
  | 'end_date'
>;

export function toPlacementFact(p: PlacementRow): PlacementFact {
  return {
    placementId: p.placement_id,
    gmcNumber: p.gmc_number,
    organisationCode: p.organisation_code,
    programmeCode: p.programme_code,
    grade: p.grade,
    specialty: p.specialty,
    startDate: p.start_date,
    endDate: p.end_date,
  };
}
