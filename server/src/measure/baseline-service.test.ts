import { bumpDataVersion, openDatabase } from '@ldm/db';
import { mustParsePeriod } from '@ldm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';
import { previewBaseline, setTarget } from './baseline-service';
import { getPeriodFigures } from './measures-cache';
import { buildProgress } from './progress';

/** M8 (plan delivery) for North East needs no trainees: actions due by the period's end that are complete. */
describe('baselines: complete periods, preview, history', () => {
  const suite = databaseWithUsers();
  const at = '2024-04-01T00:00:00.000Z';
  const action = (title: string, due_date: string, status: string) => ({
    locality_code: 'NE',
    title,
    owner: 'Lead',
    due_date,
    status,
    created_at: at,
    updated_at: at,
  });
  const M8 = { measureCode: 'M8', localityCode: 'NE', period: '2024-25' } as const;

  beforeAll(async () => {
    await suite.db
      .insertInto('plan_actions')
      .values([action('Done', '2024-06-30', 'complete'), action('Late', '2024-09-30', 'at risk')])
      .execute();
    await bumpDataVersion(suite.db, 'baseline test');
  });

  it('shows the exact value freezing would store: 1 of 2 actions complete', async () => {
    const preview = await suite.as(suite.users.admin).measure.previewBaseline(M8);
    expect(preview.measure).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(preview.current).toBeNull();
  });

  it('refuses a period that is not over yet', async () => {
    const input = { measureCode: 'M8', localityCode: 'NE', periodLabel: '2025-26' } as const;
    await expect(previewBaseline(suite.db, input, '2026-03-31')).rejects.toThrow(
      '2025-26 is not over until 2026-03-31: a baseline is frozen from a complete period.',
    );
    await expect(previewBaseline(suite.db, input, '2026-04-01')).resolves.toMatchObject({ period: '2025-26' });
    const future = { ...M8, period: '2099-00' };
    await expect(
      suite.as(suite.users.admin).measure.setBaseline({ ...future, period: '2098-99' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('keeps the replaced baseline as history when set again', async () => {
    const admin = suite.as(suite.users.admin).measure;
    await admin.setBaseline(M8);
    await suite.db
      .insertInto('plan_actions')
      .values(action('Also done', '2024-12-01', 'complete'))
      .execute();
    await bumpDataVersion(suite.db, 'one more complete action');
    const preview = await admin.previewBaseline(M8);
    expect(preview.measure).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(preview.current).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, period: '2024-25' });
    await admin.setBaseline(M8);
    const history = await admin.baselineHistory({ localityCode: 'NE' });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      measure_code: 'M8',
      period: '2024-25',
      numerator: 1,
      denominator: 2,
      value: 0.5,
      replaced_by: suite.users.admin.id,
    });
    const current = await suite.db
      .selectFrom('measure_baselines')
      .selectAll()
      .where('measure_code', '=', 'M8')
      .execute();
    expect(current.map((b) => b.value)).toEqual([0.6667]);
  });

  it('judges progress against the baseline and target just set, through this process or another one', async () => {
    const period = mustParsePeriod('2024-25');
    const progressOfM8 = async () => {
      const localities = (await getPeriodFigures(suite.db, [period])).figures[0]!.localities;
      const rows = await buildProgress(suite.db, localities, period, 'NE', '2026-11-27');
      return rows.find((row) => row.measureCode === 'M8')!;
    };
    const before = await progressOfM8();
    expect(before.baseline).toMatchObject({ numerator: 2, denominator: 3 });
    expect(before.target).toBeNull();
    // Through this process's handle: seen at once.
    await setTarget(suite.db, {
      measureCode: 'M8',
      localityCode: 'NE',
      periodLabel: '2025-26',
      value: 0.9,
      userId: suite.users.admin.id,
    });
    expect((await progressOfM8()).target).toEqual({ period: '2025-26', value: 0.9 });
    // Through another process's handle on the same database: seen at the next call.
    const other = openDatabase(suite.test.config);
    try {
      await setTarget(other, {
        measureCode: 'M8',
        localityCode: 'NE',
        periodLabel: '2025-26',
        value: 0.95,
        userId: suite.users.admin.id,
      });
    } finally {
      await other.destroy();
    }
    expect((await progressOfM8()).target).toEqual({ period: '2025-26', value: 0.95 });
  });
});
