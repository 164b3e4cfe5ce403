import { describe, expect, it } from 'vitest';
import { mustParsePeriod } from '../periods';
import { analysePeriod } from './analyse-period';
import { breakDownLocality, findOrganisationsBelowStandard } from './breakdowns';
import { buildCoverageGrid } from './coverage-grid';
import type { PlacementFact } from './facts';

const period = mustParsePeriod('2024-25');
const placement = (id: string, gmc: string, org: string, grade: string, specialty: string | null): PlacementFact => ({
  placementId: id,
  gmcNumber: gmc,
  organisationCode: org,
  programmeCode: null,
  grade,
  specialty,
  startDate: '2024-04-01',
  endDate: '2025-03-31',
});

const analysis = analysePeriod({
  period,
  organisations: [
    { code: 'T1', localityCode: 'WX' },
    { code: 'T2', localityCode: 'WX' },
  ],
  placements: [
    placement('1', '1000001', 'T1', 'F1', 'Foundation'),
    placement('2', '1000002', 'T1', 'ST4', 'Surgery'),
    placement('3', '1000003', 'T2', 'ST5', 'Surgery'),
  ],
  offers: [{ code: 'O', scopeLocalityCode: 'WX', tier: 3, stages: ['higher'] }],
  cohorts: [{ code: 'C', offerCode: 'O', startDate: '2024-09-01', endDate: '2025-06-30', places: 5 }],
  participations: [
    { gmcNumber: '1000003', cohortCode: 'C', status: 'enrolled', startDate: '2024-09-01', endDate: null },
  ],
  practiceRecords: [{ organisationCode: 'T1', year: '2024-25', practicesProvided: 6 }],
  selfAssessments: [],
  planActions: [],
});
const profiles = new Map([
  ['1000001', { sex: 'female', ethnicGroup: 'asian', qualification: 'uk' }],
  ['1000002', { sex: 'male', ethnicGroup: null, qualification: 'uk' }],
]);

describe('breakdowns and gaps', () => {
  const breakdowns = breakDownLocality(analysis.trainees, profiles);

  it('splits trainee measures by stage and specialty', () => {
    const higher = breakdowns.stage.find((g) => g.key === 'higher')!;
    expect(higher.traineesInPost).toBe(2);
    expect(higher['M1.3']).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(higher.uptakeByTier['3']).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(breakdowns.stage.find((g) => g.key === 'foundation')?.M1).toEqual({
      numerator: 0,
      denominator: 1,
      value: 0,
    });
    expect(breakdowns.specialty.map((g) => [g.key, g.traineesInPost])).toEqual([
      ['Foundation', 1],
      ['Surgery', 2],
    ]);
  });

  it('groups missing demographics as "not recorded"', () => {
    expect(breakdowns.ethnicGroup.map((g) => [g.key, g.traineesInPost])).toEqual([
      ['asian', 1],
      ['not recorded', 2],
    ]);
  });

  it('lists employers below the workplace standard with their trainee counts', () => {
    expect(breakdowns.organisation.find((g) => g.key === 'T1')?.M6).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(findOrganisationsBelowStandard(analysis.trainees)).toEqual([{ organisationCode: 'T2', traineesInPost: 1 }]);
  });

  it('shows which stages lack a tier-1 offer', () => {
    const [wx] = buildCoverageGrid(analysis.available, ['WX']);
    expect(wx?.stages).toEqual([
      { stage: 'foundation', tiers: [] },
      { stage: 'core', tiers: [] },
      { stage: 'higher', tiers: [3] },
    ]);
    expect(wx?.stagesWithoutFloor).toEqual(['foundation', 'core', 'higher']);
  });
});
