import { bumpDataVersion, type Database } from '@ldm/db';
import { offerRow, participationRow, placementRow, practiceRecordRow, seedRows, traineeRow } from '@ldm/db/testing';
import { WORKPLACE_PRACTICE_CODES } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { getMeasuresForPeriod } from '../measure/service';
import { databaseWithUsers } from '../testing/database-with-users';

/**
 * North East in 2024-25, by hand: five trainees in post (1000006's placement ended in 2023).
 * Reached (enrolled or completed, starting in the period): 1000001 (enrolled), 1000005 (completed).
 * Not reached: 1000002 (no participation), 1000003 (withdrawn), 1000004 (enrolled, but started in 2023-24).
 * Employers: NE-A has 2 practices (QI, induction), NE-B 6, NE-C no record for 2024-25.
 */
const TRAINEES: [
  gmc: string,
  organisation: string,
  programme: string | null,
  grade: string,
  start: string,
  end: string,
][] = [
  ['1000001', 'NE-A', 'NE-FND', 'F1', '2024-08-07', '2025-08-05'],
  ['1000002', 'NE-A', 'NE-FND', 'F2', '2024-08-07', '2025-08-05'],
  ['1000003', 'NE-B', null, 'CT1', '2024-08-07', '2025-08-05'],
  ['1000004', 'NE-C', null, 'ST4', '2024-08-07', '2025-08-05'],
  ['1000005', 'NE-B', null, 'ST5', '2024-08-07', '2025-08-05'],
  ['1000006', 'NE-A', 'NE-FND', 'F1', '2022-08-03', '2023-08-01'],
  ['2000001', 'YH-X', null, 'F1', '2024-08-07', '2025-08-05'],
];

async function seed(db: Kysely<Database>) {
  const take = (gmc: string, cohort: string, status: string, start: string) =>
    participationRow(gmc, cohort, start, { status, end_date: status === 'enrolled' ? null : '2025-01-31' });
  await seedRows(db, {
    organisations: [
      { code: 'NE-A', name: 'Tyneside Hospitals', type: 'trust', locality_code: 'NE' },
      { code: 'NE-B', name: 'Durham Trust', type: 'trust', locality_code: 'NE' },
      { code: 'NE-C', name: 'Wearside Practice', type: 'gp_practice', locality_code: 'NE' },
      { code: 'YH-X', name: 'Leeds Hospitals', type: 'trust', locality_code: 'YH' },
    ],
    programmes: [
      { code: 'NE-FND', name: 'NE Foundation', specialty: 'Foundation', type: 'foundation', locality_code: 'NE' },
    ],
    trainees: TRAINEES.map(([gmc]) => traineeRow(gmc, { forenames: `F${gmc}`, surname: `S${gmc}` })),
    placements: TRAINEES.map(([gmc, organisation, programme, grade, start, end]) =>
      placementRow(gmc, organisation, grade, { programme_code: programme, start_date: start, end_date: end }),
    ),
    offers: [
      offerRow('NAT', null, 1, {
        title: 'National programme',
        provider: 'NHS Leadership Academy',
        mode: 'formal',
        multiprofessional: 0,
        access: 'open',
        funding: 'recurrent',
        delivery: 'in_work',
      }),
    ],
    cohorts: [
      { code: 'NAT-2023', offer_code: 'NAT', start_date: '2023-10-01', end_date: '2024-09-30', places: 50 },
      { code: 'NAT-2024', offer_code: 'NAT', start_date: '2024-09-01', end_date: '2025-03-31', places: 50 },
    ],
    participations: [
      take('1000001', 'NAT-2024', 'enrolled', '2024-09-01'),
      take('1000003', 'NAT-2024', 'withdrawn', '2024-09-01'),
      take('1000004', 'NAT-2023', 'enrolled', '2023-10-01'),
      take('1000005', 'NAT-2024', 'completed', '2024-09-01'),
    ],
    workplace_practice_records: [
      practiceRecordRow('NE-A', '2024-25', ['qi_projects', 'induction']),
      practiceRecordRow('NE-B', '2024-25', 6),
    ],
  });
  await bumpDataVersion(db, 'work test fixture');
}

describe('work to act on', () => {
  const suite = databaseWithUsers();
  const NE = { localityCode: 'NE', period: '2024-25' } as const;

  beforeAll(async () => {
    await seed(suite.db);
  });

  describe('not yet reached', () => {
    it('lists the trainees in post not reached, by stage then programme, and agrees with M3', async () => {
      const list = await suite.as(suite.users.dean).work.notYetReached(NE);
      expect(list.rows.map((r) => r.gmcNumber)).toEqual(['1000002', '1000003', '1000004']);
      expect(list.total).toBe(3);
      expect(list.rows[0]).toMatchObject({
        forenames: 'F1000002',
        surname: 'S1000002',
        grade: 'F2',
        stage: 'foundation',
        programme: 'NE Foundation',
        organisation: 'Tyneside Hospitals',
      });
      expect(list.summary).toEqual({
        traineesInPost: 5,
        notReached: 3,
        byStage: [
          { stage: 'foundation', inPost: 2, notReached: 1 },
          { stage: 'core', inPost: 1, notReached: 1 },
          { stage: 'higher', inPost: 2, notReached: 1 },
        ],
        byProgramme: [
          { programmeCode: '', programme: null, inPost: 3, notReached: 2 },
          { programmeCode: 'NE-FND', programme: 'NE Foundation', inPost: 2, notReached: 1 },
        ],
      });
      const m3 = (await getMeasuresForPeriod(suite.db, '2024-25')).localities.find((l) => l.code === 'NE')!.measures.M3;
      expect(m3.denominator - m3.numerator).toBe(list.total);
    });

    it('filters by stage or programme and pages on the server', async () => {
      const lead = suite.as(suite.users.lead).work;
      const gmcs = async (input: object) =>
        (await lead.notYetReached({ ...NE, ...input })).rows.map((r) => r.gmcNumber);
      await expect(gmcs({ stage: 'core' })).resolves.toEqual(['1000003']);
      await expect(gmcs({ programmeCode: 'NE-FND' })).resolves.toEqual(['1000002']);
      await expect(gmcs({ programmeCode: '' })).resolves.toEqual(['1000003', '1000004']);
      await expect(gmcs({ pageSize: 2, page: 2 })).resolves.toEqual(['1000004']);
      await expect(gmcs({ pageSize: 2, page: 3 })).resolves.toEqual([]);
    });

    it('exports the whole filtered list as CSV', async () => {
      const file = await suite.as(suite.users.dean).work.exportNotYetReached({ ...NE, stage: 'higher' });
      expect(file.fileName).toBe('not-yet-reached-NE-2024-25.csv');
      expect(
        file.csv
          .replace(/^\uFEFF/, '')
          .trim()
          .split(/\r?\n/),
      ).toEqual([
        'period,gmc_number,forenames,surname,grade,stage,programme_code,programme,organisation_code,organisation,placement_start,placement_end',
        '2024-25,1000004,F1000004,S1000004,ST4,higher,,,NE-C,Wearside Practice,2024-08-07,2025-08-05',
      ]);
    });

    it('refuses another locality, and the national role, on the server', async () => {
      const yhDean: SessionUser = { ...suite.users.dean, id: 998, localityCode: 'YH' };
      await expect(suite.as(yhDean).work.notYetReached(NE)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(suite.as(yhDean).work.exportNotYetReached(NE)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(suite.as(suite.users.national).work.notYetReached(NE)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('employers below the workplace standard', () => {
    it('names each employer, most trainees first, with the practices it lacks', async () => {
      const { employers, financialYear } = await suite.as(suite.users.dean).work.employersBelowStandard(NE);
      expect(financialYear).toBe('2024-25');
      expect(employers).toEqual([
        {
          organisationCode: 'NE-A',
          name: 'Tyneside Hospitals',
          type: 'trust',
          traineesInPost: 2,
          hasRecord: true,
          practicesProvided: 2,
          lacking: WORKPLACE_PRACTICE_CODES.filter((c) => c !== 'qi_projects' && c !== 'induction'),
        },
        {
          organisationCode: 'NE-C',
          name: 'Wearside Practice',
          type: 'gp_practice',
          traineesInPost: 1,
          hasRecord: false,
          practicesProvided: 0,
          lacking: [...WORKPLACE_PRACTICE_CODES],
        },
      ]);
    });

    it('hides small trainee counts from the national team but still names the employers', async () => {
      const { employers } = await suite.as(suite.users.national).work.employersBelowStandard(NE);
      expect(employers.map((e) => [e.name, e.traineesInPost])).toEqual([
        ['Tyneside Hospitals', '*'],
        ['Wearside Practice', '*'],
      ]);
    });
  });
});
