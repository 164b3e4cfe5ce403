/**
 * The recompute job stores every dashboard period of a data version once: a second process finds
 * it finished, a live claim keeps others off, a dead one (no heartbeat) is taken over, and the
 * figures of older versions go once a newer version is complete.
 */
import { bumpDataVersion, currentDataVersion } from '@ldm/db';
import { placementRow, seedRows, testDatabaseForSuite, traineeRow } from '@ldm/db/testing';
import { mustParsePeriod } from '@ldm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPeriodFigures } from './measures-cache';
import { listDashboardPeriods, recomputeVersion } from './recompute-job';

describe('recompute job', () => {
  const t = testDatabaseForSuite();
  beforeAll(async () => {
    await seedRows(t.db, {
      organisations: [{ code: 'YH1', name: 'YH Trust', type: 'trust', locality_code: 'YH' }],
      trainees: [traineeRow('1000001')],
      placements: [placementRow('1000001', 'YH1', 'CT1')],
    });
    await bumpDataVersion(t.db, 'fixture');
  });

  const storedRows = (table: 'measure_localities' | 'measure_breakdowns' | 'measure_results') =>
    t.db.selectFrom(table).select(['data_version', 'period']).execute();

  it('lists the data span’s financial years and the year before, newest first, each with its quarters', async () => {
    expect(await listDashboardPeriods(t.db)).toEqual(
      ['2025-26', '2024-25', '2023-24'].map((year) => [year, `${year} Q1`, `${year} Q2`, `${year} Q3`, `${year} Q4`]),
    );
  });

  it('stores every period of the version once, figures and breakdowns of all 13 localities', async () => {
    const version = await currentDataVersion(t.db);
    expect(await recomputeVersion(t.db, version, 'process A')).toBe('stored');
    expect(await storedRows('measure_localities')).toHaveLength(15 * 13);
    expect(await storedRows('measure_breakdowns')).toHaveLength(15 * 13);
    expect(await storedRows('measure_results')).toHaveLength(15 * 13 * 11);
    expect(await recomputeVersion(t.db, version, 'process B')).toBe('finished');
    const { dataVersion, figures } = await getPeriodFigures(t.db, [mustParsePeriod('2025-26 Q1')]);
    expect(dataVersion).toBe(version);
    expect(figures[0]!.localities.find((l) => l.code === 'YH')!.traineesInPost).toBe(1);
  });

  it('leaves a version claimed by a live process alone, takes over a dead claim, then drops older figures', async () => {
    const version = await bumpDataVersion(t.db, 'a change');
    await t.db
      .insertInto('measure_jobs')
      .values({
        data_version: version,
        claimed_by: 'process A',
        heartbeat_at: new Date().toISOString(),
        finished_at: null,
      })
      .execute();
    expect(await recomputeVersion(t.db, version, 'process B')).toBe('held elsewhere');
    await t.db
      .updateTable('measure_jobs')
      .set({ heartbeat_at: new Date(Date.now() - 120_000).toISOString() })
      .where('data_version', '=', version)
      .execute();
    expect(await recomputeVersion(t.db, version, 'process B')).toBe('stored');
    const rows = await storedRows('measure_localities');
    expect(rows).toHaveLength(15 * 13);
    expect(rows.every((row) => row.data_version === version)).toBe(true);
  });
});
