import { describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate';
import { testDatabaseForSuite, traineeRow } from './testing';

describe('migrations', () => {
  const t = testDatabaseForSuite({ migrate: false });

  it('apply from empty, then again as a no-op', async () => {
    await migrateToLatest(t.db);
    await migrateToLatest(t.db);
    const tables = await t.db.introspection.getTables();
    const names = tables.map((x) => x.name);
    for (const table of [
      'localities',
      'placements',
      'offers',
      'cohorts',
      'participations',
      'progress_reports',
      'audit_events',
      'imports',
      'data_versions',
    ]) {
      expect(names).toContain(table);
    }
  });

  it('seeds the 13 localities with their regions', async () => {
    const rows = await t.db
      .selectFrom('localities')
      .innerJoin('regions', 'regions.code', 'localities.region_code')
      .select(['localities.code', 'regions.name as region'])
      .orderBy('localities.code')
      .execute();
    expect(rows).toEqual([
      { code: 'EM', region: 'Midlands' },
      { code: 'EOE', region: 'East of England' },
      { code: 'KSS', region: 'South East' },
      { code: 'NCEL', region: 'London' },
      { code: 'NE', region: 'North East and Yorkshire' },
      { code: 'NW', region: 'North West' },
      { code: 'NWL', region: 'London' },
      { code: 'SL', region: 'London' },
      { code: 'SW', region: 'South West' },
      { code: 'TV', region: 'South East' },
      { code: 'WM', region: 'Midlands' },
      { code: 'WX', region: 'South East' },
      { code: 'YH', region: 'North East and Yorkshire' },
    ]);
    const regions = await t.db.selectFrom('regions').select('name').execute();
    expect(regions).toHaveLength(7);
  });

  it('seeds the grade → stage map', async () => {
    const rows = await t.db.selectFrom('grades').selectAll().orderBy('grade').execute();
    const map = Object.fromEntries(rows.map((r) => [r.grade, r.stage_code]));
    expect(map).toEqual({
      CT1: 'core',
      CT2: 'core',
      CT3: 'core',
      F1: 'foundation',
      F2: 'foundation',
      GPST1: 'core',
      GPST2: 'core',
      GPST3: 'higher',
      ST1: 'core',
      ST2: 'core',
      ST3: 'core',
      ST4: 'higher',
      ST5: 'higher',
      ST6: 'higher',
      ST7: 'higher',
      ST8: 'higher',
    });
  });

  it('seeds the 24 principles in the report order', async () => {
    const rows = await t.db.selectFrom('principles').selectAll().orderBy('number').execute();
    expect(rows).toHaveLength(24);
    expect(rows[0]).toEqual({ number: 1, name: 'Values-based' });
    expect(rows[8]!.name).toBe('Workplaces invitational to leadership learning');
    expect(rows[23]).toEqual({ number: 24, name: 'Evaluate, monitor and review' });
  });

  it('holds domain constraints in the schema', async () => {
    await t.db
      .insertInto('organisations')
      .values({ code: 'RX1', name: 'Trust', type: 'trust', locality_code: 'NE' })
      .execute();
    await t.db.insertInto('trainees').values(traineeRow('1234567')).execute();
    const placement = {
      placement_id: 'P1',
      gmc_number: '1234567',
      organisation_code: 'RX1',
      programme_code: null,
      grade: 'F1',
      specialty: null,
      start_date: '2024-08-01',
      end_date: '2025-07-31',
      wte: 1,
    };
    const insertPlacement = (row: typeof placement) => t.db.insertInto('placements').values(row).execute();
    await expect(insertPlacement({ ...placement, wte: 1.5 })).rejects.toThrow();
    await expect(insertPlacement({ ...placement, grade: 'XX' })).rejects.toThrow();
    await expect(insertPlacement({ ...placement, end_date: '2024-07-01' })).rejects.toThrow();
    await expect(
      t.db.insertInto('organisations').values({ code: 'RX2', name: 'T', type: 'trust', locality_code: 'ZZ' }).execute(),
    ).rejects.toThrow();
    await insertPlacement(placement);
  });
});
