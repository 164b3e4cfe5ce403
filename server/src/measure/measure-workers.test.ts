/**
 * Measures computed in a worker thread: the worker loads TypeScript (under vitest as under tsx),
 * opens its own handle on the same database, and stores figures the request thread then reads.
 */
import { isMainThread } from 'node:worker_threads';
import { bumpDataVersion, currentDataVersion } from '@ldm/db';
import { createTestDatabase, type TestDatabase } from '@ldm/db/testing';
import { mustParsePeriod } from '@ldm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachMeasureWorkers, runMeasureTask } from './measure-workers';
import { getPeriodFigures } from './measures-cache';

describe('measure workers', () => {
  let t: TestDatabase;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db
      .insertInto('organisations')
      .values({ code: 'NE1', name: 'NE Trust', type: 'trust', locality_code: 'NE' })
      .execute();
    await t.db
      .insertInto('trainees')
      .values(
        ['1000001', '1000002'].map((gmc_number) => ({
          gmc_number,
          forenames: null,
          surname: null,
          sex: null,
          ethnic_group: null,
          qualification: null,
        })),
      )
      .execute();
    await t.db
      .insertInto('placements')
      .values([
        {
          placement_id: 'P1',
          gmc_number: '1000001',
          organisation_code: 'NE1',
          programme_code: null,
          grade: 'F1',
          specialty: null,
          start_date: '2024-08-07',
          end_date: '2025-08-05',
          wte: 1,
        },
        {
          placement_id: 'P2',
          gmc_number: '1000002',
          organisation_code: 'NE1',
          programme_code: null,
          grade: 'ST4',
          specialty: null,
          start_date: '2025-01-01',
          end_date: '2025-06-30',
          wte: 1,
        },
      ])
      .execute();
    await bumpDataVersion(t.db, 'fixture');
    await bumpDataVersion(t.db, 'a second version, so the worker must read the current one');
    stop = attachMeasureWorkers(t.db, t.config);
  });
  afterAll(async () => {
    await stop();
    await t.destroy();
  });

  it('computes in a worker thread and stores under the data version it read', async () => {
    expect(isMainThread).toBe(true);
    const version = await runMeasureTask(t.db, { periods: ['2024-25 Q2', '2024-25 Q4'], breakdowns: false });
    expect(version).toBe(await currentDataVersion(t.db));
    const stored = await t.db
      .selectFrom('measure_localities')
      .select(['period', 'trainees_in_post'])
      .where('locality_code', '=', 'NE')
      .orderBy('period')
      .execute();
    expect(stored).toEqual([
      { period: '2024-25 Q2', trainees_in_post: 1 },
      { period: '2024-25 Q4', trainees_in_post: 2 },
    ]);
    const { dataVersion, figures } = await getPeriodFigures(t.db, [mustParsePeriod('2024-25 Q4')]);
    expect(dataVersion).toBe(version);
    expect(figures[0]!.localities[0]).toMatchObject({ code: 'NE', traineesInPost: 2 });
  });
});
