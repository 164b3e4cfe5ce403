/**
 * Breakdowns of one locality's trainee-based measures (M1, M1.1–M1.3, M3, M6, M3 per tier) by
 * stage, programme/specialty, organisation, sex, ethnic group and qualification. Groups are
 * aggregates only — no trainee is ever listed.
 */
import type { TraineeFact } from './trainee-facts';
import { countTraineeMeasures, countUptakeByTier, type TraineeMeasures, type UptakeByTier } from './trainee-measures';

export interface BreakdownGroup extends TraineeMeasures {
  key: string;
  uptakeByTier: UptakeByTier;
}

/** Demographics of a trainee, for the aggregate breakdowns. */
export interface TraineeProfile {
  sex: string | null;
  ethnicGroup: string | null;
  qualification: string | null;
}

export const NOT_RECORDED = 'not recorded';

export function breakDownTrainees(
  trainees: readonly TraineeFact[],
  keyOf: (trainee: TraineeFact) => string | null,
): BreakdownGroup[] {
  const groups = new Map<string, TraineeFact[]>();
  for (const trainee of trainees) {
    const key = keyOf(trainee) ?? NOT_RECORDED;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(trainee);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => ({ key, ...countTraineeMeasures(group), uptakeByTier: countUptakeByTier(group) }));
}

export function breakDownLocality(trainees: readonly TraineeFact[], profiles: ReadonlyMap<string, TraineeProfile>) {
  const profile = (t: TraineeFact) => profiles.get(t.gmcNumber);
  return {
    stage: breakDownTrainees(trainees, (t) => t.stage),
    specialty: breakDownTrainees(trainees, (t) => t.home.specialty),
    programme: breakDownTrainees(trainees, (t) => t.home.programmeCode),
    organisation: breakDownTrainees(trainees, (t) => t.home.organisationCode),
    sex: breakDownTrainees(trainees, (t) => profile(t)?.sex ?? null),
    ethnicGroup: breakDownTrainees(trainees, (t) => profile(t)?.ethnicGroup ?? null),
    qualification: breakDownTrainees(trainees, (t) => profile(t)?.qualification ?? null),
  };
}

export type LocalityBreakdowns = ReturnType<typeof breakDownLocality>;

/** Employers below the workplace standard: organisations whose trainees in post do not meet M6. */
export function findOrganisationsBelowStandard(
  trainees: readonly TraineeFact[],
): { organisationCode: string; traineesInPost: number }[] {
  const below = new Map<string, number>();
  for (const trainee of trainees) {
    if (trainee.meetsWorkplaceStandard) continue;
    below.set(trainee.home.organisationCode, (below.get(trainee.home.organisationCode) ?? 0) + 1);
  }
  return [...below]
    .map(([organisationCode, traineesInPost]) => ({ organisationCode, traineesInPost }))
    .sort((a, b) => b.traineesInPost - a.traineesInPost);
}
