/**
 * Measures computed in a worker thread: the worker loads TypeScript (under vitest as under tsx),
 * opens its own handle on the same database, and stores figures the request thread then reads.
 */
import fs from 'node:fs';
import os from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { bumpDataVersion, currentDataVersion } from '@ldm/db';
import { placementRow, seedRows, testDatabaseForSuite, traineeRow } from '@ldm/db/testing';
import { mustParsePeriod } from '@ldm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKGROUND_NICENESS } from '../worker-threads/thread-priority.mjs';
import { attachMeasureWorkers, runLocalityTraineesTask, runMeasureTask } from './measure-workers';
import { getPeriodFigures } from './measures-cache';

describe('measure workers', () => {
  const t = testDatabaseForSuite();
  let stop: () => Promise<void>;
  beforeAll(async () => {
    await seedRows(t.db, {
      organisations: [{ code: 'NE1', name: 'NE Trust', type: 'trust', locality_code: 'NE' }],
      trainees: [traineeRow('1000001'), traineeRow('1000002')],
      placements: [
        placementRow('1000001', 'NE1', 'F1'),
        placementRow('1000002', 'NE1', 'ST4', { start_date: '2025-01-01', end_date: '2025-06-30' }),
      ],
    });
    await bumpDataVersion(t.db, 'fixture');
    await bumpDataVersion(t.db, 'a second version, so the worker must read the current one');
    stop = attachMeasureWorkers(t.db, t.config);
  });
  afterAll(async () => {
    await stop();
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

  it("lists a locality's trainees in post in a worker thread, with the data version it read", async () => {
    const { version, trainees } = await runLocalityTraineesTask(t.db, { period: '2024-25 Q4', localityCode: 'NE' });
    expect(version).toBe(await currentDataVersion(t.db));
    // Crossed the thread boundary by structured clone: sets stay sets.
    expect(
      trainees.map((trainee) => ({ gmc: trainee.gmcNumber, stage: trainee.stage, tiers: trainee.accessTiers.size })),
    ).toEqual([
      { gmc: '1000001', stage: 'foundation', tiers: 0 },
      { gmc: '1000002', stage: 'higher', tiers: 0 },
    ]);
    expect((await runLocalityTraineesTask(t.db, { period: '2024-25 Q4', localityCode: 'YH' })).trainees).toEqual([]);
  });

  it("runs below the request thread's priority, leaving the request thread's own as it was", async () => {
    await runMeasureTask(t.db, { periods: ['2024-25 Q1'], breakdowns: false });
    // Every thread of this process with its nice value (field 19 of /proc/<pid>/task/<tid>/stat).
    const niceness = fs.readdirSync('/proc/self/task').map((tid) => {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    });
    // The worker thread and the thread it started for tsx's module hooks (typescript-worker.mjs).
    expect(niceness.filter((nice) => nice === BACKGROUND_NICENESS).length).toBeGreaterThanOrEqual(2);
    expect(os.getPriority()).toBe(0);
  });
});
