import { bumpDataVersion } from '@ldm/db';
import { placementRow, seedRows, traineeRow } from '@ldm/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';

describe('trainees', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  beforeAll(async () => {
    const trainee = (gmc: string, forenames: string, surname: string) =>
      traineeRow(gmc, { forenames, surname, sex: 'female', ethnic_group: 'white', qualification: 'uk' });
    const placement = (id: string, gmc: string, org: string, grade: string, start: string, end: string) =>
      placementRow(gmc, org, grade, { placement_id: id, start_date: start, end_date: end });
    await seedRows(suite.db, {
      organisations: [
        { code: 'RNE', name: 'Tyneside Trust', type: 'trust', locality_code: 'NE' },
        { code: 'RYH', name: 'Leeds Trust', type: 'trust', locality_code: 'YH' },
      ],
      trainees: [
        trainee('1000001', 'Anna', 'Smith'),
        trainee('1000002', 'Ben', 'Jones'),
        trainee('1000003', 'Cara', 'Adams'),
        trainee('1000004', 'Dan', 'Brown'),
        trainee('1000005', 'Eve', 'Nowhere'),
      ],
      placements: [
        placement('P1', '1000001', 'RNE', 'F1', '2022-08-03', '2023-08-01'),
        placement('P2', '1000001', 'RYH', 'F2', '2023-08-02', '2024-08-01'),
        placement('P3', '1000002', 'RNE', 'ST4', '2024-08-07', '2025-08-05'),
        // A tie on start date: the lower placement id (P-A, in NE) is the latest placement.
        placement('P-B', '1000003', 'RYH', 'ST5', '2024-08-07', '2025-08-05'),
        placement('P-A', '1000003', 'RNE', 'ST5', '2024-08-07', '2025-08-05'),
        placement('P4', '1000004', 'RNE', 'CT1', '2023-02-01', '2025-02-01'),
      ],
    });
  });

  const names = (rows: { surname: string | null }[]) => rows.map((r) => r.surname);

  it("lists a locality's trainees by their latest placement, sorted and paged on the server", async () => {
    const dean = as(suite.users.dean);
    const all = await dean.trainee.list({ localityCode: 'NE' });
    expect(all.total).toBe(3);
    expect(names(all.rows)).toEqual(['Adams', 'Brown', 'Jones']);
    expect(all.rows[0]).toEqual({
      gmcNumber: '1000003',
      forenames: 'Cara',
      surname: 'Adams',
      grade: 'ST5',
      stage: 'higher',
      specialty: null,
      organisationCode: 'RNE',
      organisation: 'Tyneside Trust',
      localityCode: 'NE',
      startDate: '2024-08-07',
      endDate: '2025-08-05',
    });
    expect(names((await dean.trainee.list({ localityCode: 'NE', direction: 'desc' })).rows)).toEqual([
      'Jones',
      'Brown',
      'Adams',
    ]);
    expect(names((await dean.trainee.list({ localityCode: 'NE', pageSize: 2, page: 2 })).rows)).toEqual(['Jones']);
    expect(
      names((await dean.trainee.list({ localityCode: 'NE', pageSize: 2, page: 2, direction: 'desc' })).rows),
    ).toEqual(['Adams']);
    expect(names((await dean.trainee.list({ localityCode: 'NE', sort: 'startDate' })).rows)).toEqual([
      'Brown',
      'Jones',
      'Adams',
    ]);
    expect(names((await as(suite.users.admin).trainee.list({ localityCode: 'YH' })).rows)).toEqual(['Smith']);
  });

  it('searches by GMC number prefix or by name and organisation', async () => {
    const search = async (text: string) =>
      (await as(suite.users.lead).trainee.list({ localityCode: 'NE', search: text })).rows.map((r) => r.gmcNumber);
    expect(await search('JON')).toEqual(['1000002']);
    expect(await search('1000004')).toEqual(['1000004']);
    expect(await search('tyneside')).toEqual(['1000003', '1000004', '1000002']);
    expect(await search('leeds')).toEqual([]);
  });

  it("gives a trainee's placements, home placement per financial year and participations", async () => {
    const anna = await as(suite.users.admin).trainee.get({ localityCode: 'YH', gmcNumber: '1000001' });
    expect(anna.placements.map((p) => [p.placementId, p.localityCode, p.stage])).toEqual([
      ['P1', 'NE', 'foundation'],
      ['P2', 'YH', 'foundation'],
    ]);
    expect(anna.homePlacements).toEqual([
      { period: '2022-23', placementId: 'P1', localityCode: 'NE', stage: 'foundation' },
      { period: '2023-24', placementId: 'P2', localityCode: 'YH', stage: 'foundation' },
      { period: '2024-25', placementId: 'P2', localityCode: 'YH', stage: 'foundation' },
    ]);
    expect(anna.participations).toEqual([]);
    expect(anna).not.toHaveProperty('sex');
  });

  it('refuses a trainee of another locality, and the national role altogether', async () => {
    await expect(as(suite.users.dean).trainee.get({ localityCode: 'NE', gmcNumber: '1000001' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(as(suite.users.dean).trainee.list({ localityCode: 'YH' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as(suite.users.national).trainee.list({ localityCode: 'NE' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as(suite.users.dean).trainee.get({ localityCode: 'NE', gmcNumber: '12' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('follows a data change: a new placement moves the trainee', async () => {
    await suite.db
      .insertInto('placements')
      .values(
        placementRow('1000002', 'RYH', 'ST5', { placement_id: 'P5', start_date: '2025-08-06', end_date: '2026-08-04' }),
      )
      .execute();
    await bumpDataVersion(suite.db, 'test');
    expect(names((await as(suite.users.dean).trainee.list({ localityCode: 'NE' })).rows)).toEqual(['Adams', 'Brown']);
    expect(names((await as(suite.users.admin).trainee.list({ localityCode: 'YH' })).rows)).toEqual(['Jones', 'Smith']);
  });
});
