/**
 * Right after a data change, a dashboard view whose current figures are not stored yet is
 * answered at once from the previous fully stored version, marked `updating`; everything else (the
 * CLI, exports, baselines, reports) waits for the current version; once it is ready, views get it.
 */
import { bumpDataVersion, currentDataVersion } from '@ldm/db';
import { placementRow, seedRows, testDatabaseForSuite, traineeRow } from '@ldm/db/testing';
import { mustParsePeriod } from '@ldm/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../context';
import { computeAndStore } from './compute-and-store';
import { asDashboardView } from './dashboard-view';
import { getPeriodFigures } from './measures-cache';
import { recomputeVersion } from './recompute-job';
import { getNationalOverview } from './service';

/** Holds every measure computation until released, standing in for a long recompute. */
const computations = vi.hoisted(() => {
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();
  return {
    hold() {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
    waitForGate: () => gate,
  };
});

vi.mock('./measure-workers', async (importOriginal) => {
  const original = await importOriginal<typeof import('./measure-workers')>();
  return {
    ...original,
    runMeasureTask: async (...args: Parameters<typeof original.runMeasureTask>) => {
      await computations.waitForGate();
      return original.runMeasureTask(...args);
    },
  };
});

const national: SessionUser = { id: 1, email: 'n@example.org', name: 'N', role: 'national', localityCode: null };
const yorkshire = (overview: Awaited<ReturnType<typeof getNationalOverview>>) =>
  overview.localities.find((l) => l.code === 'YH')!.traineesInPost;

describe('dashboard views while the figures are updated', () => {
  const t = testDatabaseForSuite();
  let before: number;
  let after: number;
  beforeAll(async () => {
    // Ten Yorkshire trainees in 2025-26 (shown exact to no one but YH: rounded to 10), then five more (15).
    const gmc = (i: number) => String(1000001 + i);
    await seedRows(t.db, {
      organisations: [{ code: 'YH1', name: 'YH Trust', type: 'trust', locality_code: 'YH' }],
      trainees: Array.from({ length: 10 }, (_, i) => traineeRow(gmc(i))),
      placements: Array.from({ length: 10 }, (_, i) => placementRow(gmc(i), 'YH1', 'CT1')),
    });
    before = await bumpDataVersion(t.db, 'fixture');
    expect(await recomputeVersion(t.db, before, 'job')).toBe('stored');
    await seedRows(t.db, {
      trainees: Array.from({ length: 5 }, (_, i) => traineeRow(gmc(10 + i))),
      placements: Array.from({ length: 5 }, (_, i) => placementRow(gmc(10 + i), 'YH1', 'CT1')),
    });
    after = await bumpDataVersion(t.db, 'five more');
    computations.hold();
  });
  afterAll(async () => {
    computations.release();
  });

  it('answers a view from the previous version, marked updating, while the current one is computed', async () => {
    const overview = await asDashboardView(() => getNationalOverview(t.db, national, '2025-26'));
    expect(overview).toMatchObject({ dataVersion: before, updating: true });
    expect(yorkshire(overview)).toBe(10);
  });

  it('starts a view again at the previous version when a later read meets figures not computed yet', async () => {
    // 2024-25 is stored for the current version already (as the recompute job stores a year before
    // its quarters); its first quarter is not, and its computation is held.
    await computeAndStore(t.db, { periods: ['2024-25'], breakdowns: false });
    const [year, quarter] = ['2024-25', '2024-25 Q1'].map((label) => mustParsePeriod(label));
    const view = await asDashboardView(async () => [
      await getPeriodFigures(t.db, [year!]),
      await getPeriodFigures(t.db, [quarter!]),
    ]);
    // Both reads from the previous version: the answer never mixes versions.
    expect(view.map((read) => [read.dataVersion, read.updating])).toEqual([
      [before, true],
      [before, true],
    ]);
  });

  it('does not make a view wait for a computation of the current version that another read started', async () => {
    // Outside a view: waits for 2025-26 of the current version, computed on demand (held).
    const computing = getNationalOverview(t.db, national, '2025-26');
    computing.catch(() => undefined);
    const answered = await Promise.race([
      asDashboardView(() => getNationalOverview(t.db, national, '2025-26')),
      new Promise((resolve) => setTimeout(resolve, 3_000, 'still waiting')),
    ]);
    expect(answered).toMatchObject({ dataVersion: before, updating: true });
  });

  it('makes everything outside a view wait for the current version', async () => {
    let settled = false;
    const waited = getNationalOverview(t.db, national, '2025-26').finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(settled).toBe(false);
    computations.release();
    const overview = await waited;
    expect(overview).toMatchObject({ dataVersion: after, updating: false });
    expect(yorkshire(overview)).toBe(15);
    expect(await currentDataVersion(t.db)).toBe(after);
  });

  it('answers views from the current version once it is ready', async () => {
    const overview = await asDashboardView(() => getNationalOverview(t.db, national, '2025-26'));
    expect(overview).toMatchObject({ dataVersion: after, updating: false });
    expect(yorkshire(overview)).toBe(15);
  });
});
