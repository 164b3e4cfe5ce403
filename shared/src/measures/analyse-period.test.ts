import { describe, expect, it } from 'vitest';
import { mustParsePeriod } from '../periods';
import { analysePeriod } from './analyse-period';
import type { MeasureInputs, PlacementFact } from './facts';
import { compareCodePoints, selectHomesByPeriod } from './home-placement';

const Q1 = mustParsePeriod('2024-25 Q1'); // 2024-04-01 .. 2024-06-30

function placement(
  placementId: string,
  gmcNumber: string,
  organisationCode: string,
  grade: string,
  startDate: string,
  endDate: string,
): PlacementFact {
  return { placementId, gmcNumber, organisationCode, programmeCode: null, grade, specialty: null, startDate, endDate };
}

function inputs(overrides: Partial<MeasureInputs>): MeasureInputs {
  return {
    period: Q1,
    organisations: [
      { code: 'NE1', localityCode: 'NE' },
      { code: 'YH1', localityCode: 'YH' },
    ],
    placements: [],
    offers: [],
    cohorts: [],
    participations: [],
    practiceRecords: [],
    selfAssessments: [],
    planActions: [],
    ...overrides,
  };
}

function locality(analysis: ReturnType<typeof analysePeriod>, code: string) {
  const found = analysis.localities.find((l) => l.code === code);
  if (!found) throw new Error(code);
  return found;
}

describe('in post and home placement', () => {
  it('counts placements overlapping P only on its first or last day, and not one ending the day before', () => {
    const analysis = analysePeriod(
      inputs({
        placements: [
          placement('P1', '1000001', 'NE1', 'F1', '2023-08-01', '2024-04-01'), // last day = P's first day
          placement('P2', '1000002', 'NE1', 'F1', '2024-06-30', '2024-12-31'), // first day = P's last day
          placement('P3', '1000003', 'NE1', 'F1', '2023-08-01', '2024-03-31'), // ends the day before P
          placement('P4', '1000004', 'NE1', 'F1', '2024-07-01', '2024-12-31'), // starts the day after P
        ],
      }),
    );
    expect(locality(analysis, 'NE').traineesInPost).toBe(2);
  });

  it('takes the latest start as home, and on a tie the lowest placement id in code-point order', () => {
    const placements = [
      placement('B', '1000001', 'NE1', 'F1', '2024-04-01', '2024-06-30'),
      placement('A', '1000001', 'YH1', 'ST4', '2024-05-01', '2024-06-30'),
      placement('a', '1000002', 'NE1', 'F1', '2024-05-01', '2024-06-30'),
      placement('Z', '1000002', 'YH1', 'F1', '2024-05-01', '2024-06-30'),
      // U+FF21 (a BMP letter) sorts before U+1F600 (astral) by code point, though not by UTF-16 unit.
      placement('\u{1F600}', '1000003', 'NE1', 'F1', '2024-05-01', '2024-06-30'),
      placement('\uFF21', '1000003', 'YH1', 'F1', '2024-05-01', '2024-06-30'),
    ];
    const homes = new Map(selectHomesByPeriod(placements, [Q1])[0]!.map((home) => [home.gmcNumber, home]));
    expect(homes.get('1000001')?.placementId).toBe('A');
    expect(homes.get('1000002')?.placementId).toBe('Z');
    expect(homes.get('1000003')?.placementId).toBe('\uFF21');
  });

  it('counts a trainee in the locality of the home placement only, even with another placement elsewhere', () => {
    const analysis = analysePeriod(
      inputs({
        placements: [
          placement('P1', '1000001', 'NE1', 'F1', '2024-04-01', '2024-04-30'),
          placement('P2', '1000001', 'YH1', 'ST4', '2024-05-01', '2024-08-31'),
        ],
      }),
    );
    expect(locality(analysis, 'NE').traineesInPost).toBe(0);
    expect(locality(analysis, 'YH').traineesInPost).toBe(1);
    expect(analysis.trainees[0]?.stage).toBe('higher');
  });

  it('orders strings by code point', () => {
    expect(compareCodePoints('\uFF21', '\u{1F600}')).toBeLessThan(0);
    expect(compareCodePoints('P10', 'P9')).toBeLessThan(0);
    expect(compareCodePoints('P1', 'P10')).toBeLessThan(0);
    expect(compareCodePoints('x', 'x')).toBe(0);
  });
});

describe('availability, M1 and M2', () => {
  const placements = [
    placement('P1', '1000001', 'NE1', 'F1', '2024-04-01', '2024-06-30'),
    placement('P2', '1000002', 'NE1', 'CT1', '2024-04-01', '2024-06-30'),
    placement('P3', '1000003', 'NE1', 'ST5', '2024-04-01', '2024-06-30'),
    placement('P4', '1000004', 'YH1', 'F2', '2024-04-01', '2024-06-30'),
  ];
  const offers = [
    { code: 'NAT1', scopeLocalityCode: null, tier: 1, stages: ['foundation'] },
    { code: 'NE2', scopeLocalityCode: 'NE', tier: 2, stages: ['core', 'foundation'] },
    { code: 'YH1', scopeLocalityCode: 'YH', tier: 1, stages: ['core', 'higher'] },
    { code: 'NE3', scopeLocalityCode: 'NE', tier: 3, stages: ['higher'] },
  ];
  const cohorts = [
    { code: 'C1', offerCode: 'NAT1', startDate: '2024-06-30', endDate: '2024-09-30', places: 10 }, // overlaps P by one day
    { code: 'C2', offerCode: 'NE2', startDate: '2024-01-01', endDate: '2024-04-01', places: 10 }, // overlaps P by one day
    { code: 'C3', offerCode: 'YH1', startDate: '2024-04-01', endDate: '2024-06-30', places: 10 },
    { code: 'C4', offerCode: 'NE3', startDate: '2024-07-01', endDate: '2024-12-31', places: 10 }, // after P: not available
  ];
  const analysis = analysePeriod(inputs({ placements, offers, cohorts }));

  it('makes national offers available everywhere and local offers only in their locality', () => {
    const ne = locality(analysis, 'NE').measures;
    // NE: foundation has tier 1 (national) and 2; core has tier 2; higher has nothing (NE3 not running, YH1 is YH's).
    expect(ne.M1).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(ne['M1.1']).toEqual({ numerator: 1, denominator: 3, value: 0.3333 });
    expect(ne['M1.2']).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(ne['M1.3']).toEqual({ numerator: 0, denominator: 3, value: 0 });
    expect(ne.M2).toEqual({ numerator: 1, denominator: 3, value: 0.3333 });
    const yh = locality(analysis, 'YH').measures;
    expect(yh.M2).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(yh['M1.1']).toEqual({ numerator: 1, denominator: 1, value: 1 });
  });

  it('gives a locality without trainees no data for M1 but still counts national offers in M2', () => {
    const sw = locality(analysis, 'SW');
    expect(sw.traineesInPost).toBe(0);
    expect(sw.measures.M1).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(sw.measures.M2).toEqual({ numerator: 1, denominator: 3, value: 0.3333 });
  });

  it('lists all 13 localities in reference order', () => {
    expect(analysis.localities.map((l) => l.code)).toEqual([
      'NE',
      'YH',
      'NW',
      'EM',
      'WM',
      'EOE',
      'NCEL',
      'NWL',
      'SL',
      'KSS',
      'TV',
      'WX',
      'SW',
    ]);
  });
});

describe('participation measures M3, M4, M5', () => {
  const placements = [
    placement('P1', '1000001', 'NE1', 'F1', '2024-04-01', '2024-06-30'),
    placement('P2', '1000002', 'NE1', 'F1', '2024-04-01', '2024-06-30'),
    placement('P3', '1000003', 'NE1', 'F1', '2024-04-01', '2024-06-30'),
    placement('P4', '1000004', 'YH1', 'F1', '2024-04-01', '2024-06-30'),
    placement('P5', '1000005', 'NE1', 'F1', '2023-04-01', '2024-03-31'), // not in post in Q1
  ];
  const offers = [
    { code: 'NEO', scopeLocalityCode: 'NE', tier: 2, stages: ['foundation'] },
    { code: 'NAT', scopeLocalityCode: null, tier: 1, stages: ['foundation'] },
  ];
  const cohorts = [
    { code: 'NE-A', offerCode: 'NEO', startDate: '2024-06-30', endDate: '2024-12-31', places: 4 }, // starts in P
    { code: 'NE-B', offerCode: 'NEO', startDate: '2024-03-31', endDate: '2024-12-31', places: 100 }, // starts before P
    { code: 'NAT-A', offerCode: 'NAT', startDate: '2024-04-01', endDate: '2024-12-31', places: 50 }, // national: not in M5
  ];
  const participations = [
    { gmcNumber: '1000001', cohortCode: 'NE-A', status: 'enrolled', startDate: '2024-07-01', endDate: null }, // fills NE-A; starts after P
    { gmcNumber: '1000002', cohortCode: 'NE-A', status: 'completed', startDate: '2024-06-30', endDate: '2024-06-30' },
    { gmcNumber: '1000003', cohortCode: 'NE-A', status: 'withdrawn', startDate: '2024-04-01', endDate: '2024-05-01' },
    { gmcNumber: '1000003', cohortCode: 'NAT-A', status: 'applied', startDate: '2024-04-01', endDate: null },
    { gmcNumber: '1000004', cohortCode: 'NAT-A', status: 'enrolled', startDate: '2024-04-01', endDate: null },
    { gmcNumber: '1000005', cohortCode: 'NE-B', status: 'completed', startDate: '2023-05-01', endDate: '2024-05-01' }, // not in post: no locality
    { gmcNumber: '1000001', cohortCode: 'NE-B', status: 'withdrawn', startDate: '2024-03-01', endDate: '2024-07-01' }, // ends after P
  ];
  const analysis = analysePeriod(inputs({ placements, offers, cohorts, participations }));
  const ne = locality(analysis, 'NE').measures;

  it('M3 counts enrolled or completed participations starting in P, any scope', () => {
    expect(ne.M3).toEqual({ numerator: 1, denominator: 3, value: 0.3333 });
    expect(locality(analysis, 'YH').measures.M3).toEqual({ numerator: 1, denominator: 1, value: 1 });
  });

  it('M4 counts completed vs withdrawn ending in P, attributed by the locality for P, ignoring trainees not in post', () => {
    expect(ne.M4).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(locality(analysis, 'YH').measures.M4).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('M5 divides enrolled/completed participations by places of own cohorts starting in P', () => {
    expect(ne.M5).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(locality(analysis, 'YH').measures.M5).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});

describe('M6, M7, M8', () => {
  const placements = [
    placement('P1', '1000001', 'NE1', 'F1', '2024-04-01', '2024-06-30'),
    placement('P2', '1000002', 'NE2', 'F1', '2024-04-01', '2024-06-30'),
  ];
  const analysis = analysePeriod(
    inputs({
      period: mustParsePeriod('2024-25 Q4'),
      organisations: [
        { code: 'NE1', localityCode: 'NE' },
        { code: 'NE2', localityCode: 'NE' },
      ],
      placements: placements.map((p) => ({ ...p, startDate: '2025-01-01', endDate: '2025-03-31' })),
      practiceRecords: [
        { organisationCode: 'NE1', year: '2024-25', practicesProvided: 5 },
        { organisationCode: 'NE2', year: '2024-25', practicesProvided: 4 },
        { organisationCode: 'NE2', year: '2025-26', practicesProvided: 9 }, // another year
      ],
      selfAssessments: [
        { id: 1, localityCode: 'NE', assessedOn: '2024-10-01', scores: [1, 1, 1] },
        { id: 2, localityCode: 'NE', assessedOn: '2025-03-31', scores: [3, 2, 2, 0] },
        { id: 3, localityCode: 'NE', assessedOn: '2025-04-01', scores: [3, 3] }, // after P
      ],
      planActions: [
        { localityCode: 'NE', dueDate: '2025-03-31', status: 'complete' },
        { localityCode: 'NE', dueDate: '2024-05-01', status: 'at risk' },
        { localityCode: 'NE', dueDate: '2025-04-01', status: 'complete' }, // due after P
        { localityCode: 'YH', dueDate: '2024-05-01', status: 'complete' },
      ],
    }),
  );
  const ne = locality(analysis, 'NE').measures;

  it('M6 needs 5 of 9 practices in the financial year containing P’s start', () => {
    expect(ne.M6).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });

  it('M7 uses the latest assessment on or before P’s end: sum of scores over principles scored', () => {
    expect(ne.M7).toEqual({ numerator: 7, denominator: 4, value: 1.75 });
    expect(locality(analysis, 'WX').measures.M7).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('M8 counts complete actions among those due by P’s end', () => {
    expect(ne.M8).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(locality(analysis, 'YH').measures.M8).toEqual({ numerator: 1, denominator: 1, value: 1 });
  });
});
