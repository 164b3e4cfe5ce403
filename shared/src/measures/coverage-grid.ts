/**
 * Stage × tier coverage grid: for each locality and stage, which tiers have an available offer —
 * and the gaps in the floor (stages without a tier-1 offer, the complement of M2).
 */
import { LOCALITY_CODES } from '../reference/localities';
import { STAGE_CODES } from '../reference/stages';
import { type AvailableTiers, tiersAvailable } from './availability';

export interface CoverageRow {
  localityCode: string;
  stages: { stage: string; tiers: number[] }[];
  stagesWithoutFloor: string[];
}

export function buildCoverageGrid(
  available: AvailableTiers,
  localityCodes: readonly string[] = LOCALITY_CODES,
): CoverageRow[] {
  return localityCodes.map((localityCode) => {
    const stages = STAGE_CODES.map((stage) => ({
      stage,
      tiers: [...tiersAvailable(available, localityCode, stage)].sort(),
    }));
    return { localityCode, stages, stagesWithoutFloor: stages.filter((s) => !s.tiers.includes(1)).map((s) => s.stage) };
  });
}
