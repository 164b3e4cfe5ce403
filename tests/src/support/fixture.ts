/**
 * A small hand-checked data set for browser tests, period 2024-25 (the expected figures are in
 * FIXTURE_EXPECTED and are worked out by hand in the comments):
 * - North East (NE): 10 trainees in post — 4 foundation, 3 core, 3 higher; 6 at NE-TRUST
 *   (6 of 9 workplace practices), 4 at NE-GP (2 of 9). Its own tier-1 offer covers higher and
 *   a tier-2 offer covers core; the national tier-1 offer covers foundation and core.
 *   5 trainees enrolled in NE's tier-1 cohort (10 places) during the year.
 * - Yorkshire and the Humber (YH): 3 trainees (foundation) — few enough to be suppressed
 *   for anyone outside YH.
 * - Every other locality: no trainees (its measures read "no data").
 */
import { bumpDataVersion } from '@ldm/db';
import {
  measureTargetRow,
  offerRow,
  participationRow,
  placementRow,
  practiceRecordRow,
  seedRows,
  type TestDatabase,
  traineeRow,
} from '@ldm/db/testing';

/** [gmc, organisation, grade] for every trainee in post in 2024-25. */
const TRAINEES: [string, string, string][] = [
  ['1000001', 'NE-TRUST', 'F1'],
  ['1000002', 'NE-TRUST', 'F1'],
  ['1000003', 'NE-TRUST', 'F2'],
  ['1000004', 'NE-GP', 'F2'],
  ['1000005', 'NE-TRUST', 'CT1'],
  ['1000006', 'NE-TRUST', 'ST2'],
  ['1000007', 'NE-GP', 'GPST1'],
  ['1000008', 'NE-TRUST', 'ST4'],
  ['1000009', 'NE-GP', 'ST5'],
  ['1000010', 'NE-GP', 'GPST3'],
  ['2000001', 'YH-TRUST', 'F1'],
  ['2000002', 'YH-TRUST', 'F1'],
  ['2000003', 'YH-TRUST', 'F2'],
];

export async function seedBrowserFixture(db: TestDatabase['db']): Promise<void> {
  await seedRows(db, {
    organisations: [
      { code: 'NE-TRUST', name: 'Tyneside Hospitals', type: 'trust', locality_code: 'NE' },
      { code: 'NE-GP', name: 'Wearside Practice', type: 'gp_practice', locality_code: 'NE' },
      { code: 'YH-TRUST', name: 'Leeds Teaching Hospitals', type: 'trust', locality_code: 'YH' },
    ],
    programmes: [
      { code: 'NE-FND', name: 'NE Foundation', specialty: 'Foundation', type: 'foundation', locality_code: 'NE' },
    ],
    trainees: TRAINEES.map(([gmc]) => traineeRow(gmc)),
    placements: TRAINEES.map(([gmc, organisation, grade]) =>
      placementRow(gmc, organisation, grade, {
        programme_code: grade.startsWith('F') && organisation.startsWith('NE') ? 'NE-FND' : null,
        specialty: grade.startsWith('F') ? 'Foundation' : 'General Medicine',
      }),
    ),
    offers: [
      offer('NAT-T1', 'NHS Leadership Academy: Edward Jenner', null, 1),
      offer('NE-T1', 'Clinicians in Management', 'NE', 1),
      offer('NE-T2', 'Leading Improvement in the North East', 'NE', 2),
    ],
    offer_stages: [
      { offer_code: 'NAT-T1', stage_code: 'foundation' },
      { offer_code: 'NAT-T1', stage_code: 'core' },
      { offer_code: 'NE-T1', stage_code: 'higher' },
      { offer_code: 'NE-T2', stage_code: 'core' },
    ],
    cohorts: [
      { code: 'NAT-T1-2024', offer_code: 'NAT-T1', start_date: '2024-04-01', end_date: '2025-03-31', places: 500 },
      { code: 'NE-T1-2024', offer_code: 'NE-T1', start_date: '2024-09-01', end_date: '2025-02-28', places: 10 },
      { code: 'NE-T2-2024', offer_code: 'NE-T2', start_date: '2024-10-01', end_date: '2025-03-31', places: 4 },
    ],
    participations: ['1000001', '1000002', '1000005', '1000008', '1000009'].map((gmc) =>
      participationRow(gmc, 'NE-T1-2024', '2024-09-01'),
    ),
    workplace_practice_records: [
      practiceRecordRow('NE-TRUST', '2024-25', 6),
      practiceRecordRow('NE-GP', '2024-25', 2),
      practiceRecordRow('YH-TRUST', '2024-25', 5),
    ],
  });
  const version = await bumpDataVersion(db, 'browser-test fixture');
  const setAt = new Date().toISOString();
  // NE uptake: baseline 20% in 2023-24, target 60% → 50% now is "improving"; the floor's target 100% is "met".
  await seedRows(db, {
    measure_baselines: [
      {
        measure_code: 'M3',
        locality_code: 'NE',
        period: '2023-24',
        numerator: 2,
        denominator: 10,
        value: 0.2,
        data_version: version,
        set_by: null,
        set_at: setAt,
      },
    ],
    measure_targets: [measureTargetRow('M3', 'NE', '2025-26', 0.6), measureTargetRow('M1.1', 'NE', '2025-26', 1)],
  });
}

function offer(code: string, title: string, scope: string | null, tier: number) {
  return offerRow(code, scope, tier, {
    title,
    provider: scope ? `HEE ${scope}` : 'NHS Leadership Academy',
    mode: 'formal',
    multiprofessional: 0,
    access: 'open',
    funding: 'recurrent',
    delivery: 'in_work',
  });
}

/** Hand-computed from the comments above, for 2024-25. */
export const FIXTURE_EXPECTED = {
  period: '2024-25',
  NE: {
    traineesInPost: 10,
    /** Every stage has an offer: 10 of 10. */
    accessCoverage: '100.0%',
    /** Tier 2 covers core only: 3 of 10. */
    tier2Coverage: '30.0%',
    /** Foundation and core by the national offer, higher by NE-T1. */
    floor: '3 of 3 stages',
    /** 5 of 10 enrolled in the year. */
    uptake: '50.0%',
    /** NE-TRUST (6 practices) holds 6 of 10 trainees; NE-GP (2 practices) is below the standard. */
    workplaceStandard: '60.0%',
    employerBelowStandard: 'NE-GP',
    uptakeStatus: 'improving',
    floorCoverageStatus: 'met',
  },
  /** Only the national offer (foundation, core): higher has no tier-1 offer. */
  YH: { traineesInPost: 3, floor: '2 of 3 stages' },
  /** Only NE has a tier-1 offer at all three stages. */
  localitiesWithFloor: 1,
} as const;
