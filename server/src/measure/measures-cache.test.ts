/**
 * Which figures count as stored: a period's localities and its results are read in two statements,
 * so a worker's store landing between them shows one table without the other.
 */
import { bumpDataVersion } from '@ldm/db';
import { placementRow, seedRows, testDatabaseForSuite, traineeRow } from '@ldm/db/testing';
import { mustParsePeriod } from '@ldm/shared';
import { describe, expect, it } from 'vitest';
import { computeAndStore } from './compute-and-store';
import { getPeriodFigures } from './measures-cache';

describe('stored figures', () => {
  const t = testDatabaseForSuite();

  it('counts a period whose localities are stored without its results as not stored, and computes it', async () => {
    await seedRows(t.db, {
      organisations: [{ code: 'NE1', name: 'NE Trust', type: 'trust', locality_code: 'NE' }],
      trainees: [traineeRow('1000001'), traineeRow('1000002')],
      placements: [placementRow('1000001', 'NE1', 'F1'), placementRow('1000002', 'NE1', 'ST4')],
    });
    const version = await bumpDataVersion(t.db, 'fixture');
    await computeAndStore(t.db, { periods: ['2025-26'], breakdowns: false });
    // What a read between the two statements sees: the localities, and none of the results.
    await t.db.deleteFrom('measure_results').where('data_version', '=', version).execute();

    const { dataVersion, figures } = await getPeriodFigures(t.db, [mustParsePeriod('2025-26')]);
    expect(dataVersion).toBe(version);
    const northEast = figures[0]!.localities.find((l) => l.code === 'NE')!;
    expect(northEast.traineesInPost).toBe(2);
    // Computed again and stored whole: every measure has its figures.
    expect(Object.values(northEast.measures).every((m) => m !== undefined && typeof m.denominator === 'number')).toBe(
      true,
    );
    expect(
      await t.db.selectFrom('measure_results').select('period').where('data_version', '=', version).execute(),
    ).not.toHaveLength(0);
  });
});
