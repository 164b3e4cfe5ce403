import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { bumpDataVersion, REPOSITORY_ROOT } from '@ldm/db';
import { neAndYhRows, seedRows, type TestDatabase, traineeRow } from '@ldm/db/testing';
import { LOCALITY_CODES, MEASURE_CODES } from '@ldm/shared';
import { computeFunnelLimits } from '@ldm/shared/statistics/binomial-funnel';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';
import { getMeasuresForPeriod } from './service';

const gmc = (i: number) => String(1_000_000 + i);

/** NE: 10 foundation trainees, 9 enrolled in NE's own tier-2 cohort (20 places); YH: 2 higher trainees. */
async function seed(db: TestDatabase['db']) {
  await seedRows(
    db,
    neAndYhRows({ gmc, inNE: 10, inYH: 2, enrolledInNE: 9, nationalStages: ['foundation', 'core', 'higher'] }),
  );
  await bumpDataVersion(db, 'test fixture');
}

describe('measure service and router', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  beforeAll(async () => {
    await seed(suite.db);
  });

  it('returns the §9 contract for every locality', async () => {
    const result = await getMeasuresForPeriod(suite.db, '2024-25');
    expect(Object.keys(result)).toEqual(['period', 'from', 'to', 'localities']);
    expect(result).toMatchObject({ period: '2024-25', from: '2024-04-01', to: '2025-03-31' });
    expect(result.localities.map((l) => l.code)).toEqual([...LOCALITY_CODES]);
    const ne = result.localities[0]!;
    expect(Object.keys(ne.measures)).toEqual([...MEASURE_CODES]);
    expect(ne.traineesInPost).toBe(10);
    expect(ne.measures.M3).toEqual({ numerator: 9, denominator: 10, value: 0.9 });
    expect(ne.measures.M5).toEqual({ numerator: 9, denominator: 20, value: 0.45 });
    expect(ne.measures['M1.2']).toEqual({ numerator: 10, denominator: 10, value: 1 });
    const sw = result.localities.find((l) => l.code === 'SW')!;
    expect(sw.traineesInPost).toBe(0);
    expect(sw.measures.M2).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(sw.measures.M1).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('freezes a baseline: later data changes move the latest value, not the baseline', async () => {
    const admin = as(suite.users.admin);
    await admin.measure.setBaseline({ measureCode: 'M3', localityCode: 'NE', period: '2024-25' });
    await admin.measure.setTarget({ measureCode: 'M3', localityCode: 'NE', period: '2025-26', value: 0.95 });
    await suite.db
      .insertInto('participations')
      .values({
        gmc_number: gmc(9),
        cohort_code: 'NEO-24',
        status: 'completed',
        start_date: '2024-09-01',
        end_date: '2025-01-31',
      })
      .execute();
    await bumpDataVersion(suite.db, 'one more participation');
    const dashboard = await as(suite.users.dean).measure.locality({ localityCode: 'NE', period: '2024-25' });
    const m3 = dashboard.progress.find((p) => p.measureCode === 'M3')!;
    expect(m3.latest).toEqual({ numerator: 10, denominator: 10, value: 1 });
    expect(m3.baseline).toMatchObject({ period: '2024-25', numerator: 9, denominator: 10, value: 0.9 });
    expect(m3.target).toEqual({ period: '2025-26', value: 0.95 });
    expect(m3.status).toBe('met');
    const audit = await suite.db
      .selectFrom('audit_events')
      .select(['action', 'entity'])
      .where('entity', 'like', 'measure_%')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'create', entity: 'measure_baseline' },
      { action: 'create', entity: 'measure_target' },
    ]);
  });

  it('suppresses small counts outside the user’s own locality, and everywhere for national users', async () => {
    const asDean = await as(suite.users.dean).measure.national({ period: '2024-25' });
    expect(asDean.localities[0]).toMatchObject({ code: 'NE', traineesInPost: 10 });
    expect(asDean.localities[1]).toMatchObject({ code: 'YH', traineesInPost: '*' });
    // Judged against England on exact counts, but not compared where the figure is hidden.
    expect(asDean.localities[1]!.measures.M1).toEqual({
      numerator: '*',
      denominator: '*',
      value: '*',
      vsEngland: 'not compared',
      vsEngland998: 'not compared',
    });
    expect(asDean.localities[1]!.measures.M2).toEqual({ numerator: 3, denominator: 3, value: 1 });
    const asNational = await as(suite.users.national).measure.national({ period: '2024-25' });
    expect(asNational.localities[0]!.measures.M3).toMatchObject({ numerator: 10, denominator: 10, value: 1 });
    expect(asNational.localities[0]!.measures.M4).toEqual({
      numerator: '*',
      denominator: '*',
      value: '*',
      vsEngland: 'not compared',
      vsEngland998: 'not compared',
    });
    expect(asNational.england.traineesInPost).toBe(12);
    // England's M4 is 1 of 1 (fewer than 8): its funnel centre and limits would reveal it.
    const m4 = asNational.funnels.find((f) => f.measureCode === 'M4')!;
    expect(m4.centre).toBeNull();
    expect(m4.curve).toEqual([]);
    expect(m4.centreSuppressed).toBe(true);
    const m3 = asNational.funnels.find((f) => f.measureCode === 'M3')!;
    expect(m3.centre).toBeCloseTo(10 / 12, 10);
    expect(m3.curve.length).toBeGreaterThan(0);
    // Curve points as drawn: each limit to 6 decimal places of its exact value.
    for (const point of m3.curve) {
      const exact = computeFunnelLimits(10 / 12, point.denominator);
      for (const limit of ['lower998', 'lower95', 'upper95', 'upper998'] as const) {
        expect(Math.abs(point[limit] - exact[limit])).toBeLessThanOrEqual(5e-7 + 1e-12);
        expect(String(point[limit]).replace(/^\d*\.?/, '').length).toBeLessThanOrEqual(6);
      }
    }
    expect(asNational.coverage.find((row) => row.localityCode === 'NE')?.stages[0]).toEqual({
      stage: 'foundation',
      tiers: [1, 2],
    });
  });

  it('keeps locality dashboards and baselines to those allowed', async () => {
    await expect(
      as(suite.users.dean).measure.locality({ localityCode: 'YH', period: '2024-25' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      as(suite.users.dean).measure.setBaseline({ measureCode: 'M1', localityCode: 'NE', period: '2024-25' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      as(suite.users.admin).measure.setBaseline({ measureCode: 'M4', localityCode: 'SW', period: '2024-25' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const trend = await as(suite.users.national).measure.trend({ localityCode: 'NE', period: '2025-26', count: 2 });
    expect(trend.points.map((p) => [p.period, p.traineesInPost])).toEqual([
      ['2024-25', 10],
      ['2025-26', 10],
    ]);
  });

  it('prints the contract JSON, and only it, from the CLI', async () => {
    const env =
      suite.test.config.kind === 'sqlite'
        ? { ...process.env, DATABASE_PATH: suite.test.config.path, DATABASE_URL: '' }
        : { ...process.env, DATABASE_URL: suite.test.config.url };
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'server/src/cli/main.ts', 'measures', '--period', '2024-25 Q2', '--json'],
      { cwd: REPOSITORY_ROOT, env },
    );
    const printed = JSON.parse(stdout);
    expect(printed.period).toBe('2024-25 Q2');
    expect(printed.localities[0].measures.M3).toMatchObject({ numerator: 10, denominator: 10, value: 1 });
    expect(printed.localities[1].measures.M4).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });
  it('picks the home placement in the database as in the engine: latest start, then lowest id', async () => {
    await suite.db
      .insertInto('trainees')
      .values(traineeRow(gmc(12)))
      .execute();
    const base = {
      gmc_number: gmc(12),
      programme_code: null,
      grade: 'CT1',
      specialty: null,
      end_date: '2025-03-31',
      wte: 1,
    };
    await suite.db
      .insertInto('placements')
      .values([
        { ...base, placement_id: 'T-c', organisation_code: 'NE1', start_date: '2024-04-01' },
        { ...base, placement_id: 'T-b', organisation_code: 'NE1', start_date: '2024-06-01' },
        { ...base, placement_id: 'T-a', organisation_code: 'YH1', start_date: '2024-06-01' },
      ])
      .execute();
    await bumpDataVersion(suite.db, 'tie');
    const result = await getMeasuresForPeriod(suite.db, '2024-25');
    expect(result.localities.slice(0, 2).map((l) => [l.code, l.traineesInPost])).toEqual([
      ['NE', 10],
      ['YH', 3],
    ]);
  });
  it('computes a trend from one load with the same figures as period by period', async () => {
    await bumpDataVersion(suite.db, 'trend from scratch');
    const trend = await as(suite.users.dean).measure.trend({ localityCode: 'NE', period: '2024-25 Q4', count: 4 });
    expect(trend.points.map((p) => p.measures.M3.numerator)).toEqual([0, 10, 0, 0]);
    await bumpDataVersion(suite.db, 'each period alone');
    for (const point of trend.points) {
      const alone = (await getMeasuresForPeriod(suite.db, point.period)).localities[0]!;
      expect(point.traineesInPost).toBe(alone.traineesInPost);
      expect(point.measures).toEqual(alone.measures);
    }
  });

  it('gives the national trend panel every locality and England over the periods in one call', async () => {
    await bumpDataVersion(suite.db, 'national trend from scratch');
    const trend = await as(suite.users.dean).measure.nationalTrend({ period: '2024-25 Q4', count: 4 });
    expect(trend.periods).toEqual(['2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25 Q4']);
    expect(trend.localities.map((l) => l.code)).toEqual([...LOCALITY_CODES]);
    const [ne, yh] = trend.localities;
    // The dean's own locality is exact; YH's 3 trainees are fewer than 8, so hidden; England is pooled.
    expect(ne!.points.map((p) => p.measures.M3.numerator)).toEqual([0, 10, 0, 0]);
    expect(ne!.points[1]!.traineesInPost).toBe(10);
    expect(yh!.points[1]!.traineesInPost).toBe('*');
    expect(trend.england.map((e) => e.measures.M3.numerator)).toEqual([0, 10, 0, 0]);
    expect(trend.england[1]!.traineesInPost).toBe(13);
    expect(trend.england.map((e) => e.roundedInExports)).toEqual([[], [], [], []]);
    const years = await as(suite.users.dean).measure.nationalTrend({ period: '2024-25', count: 1 });
    // The year's file rounds England where a quarter hides a count: Q1's trainees in post are `*`
    // (M1, M1.1–M1.3, M3 and M6 count them) and Q4's M4 is `*`; M2, M7 and M8 count no people and
    // M5's Q1 is 0 of 0.
    expect(years.england[0]!.roundedInExports.sort()).toEqual(['M1', 'M1.1', 'M1.2', 'M1.3', 'M3', 'M4', 'M6']);
    await bumpDataVersion(suite.db, 'each period alone');
    for (const [i, period] of trend.periods.entries()) {
      const alone = (await getMeasuresForPeriod(suite.db, period)).localities[0]!;
      expect(ne!.points[i]!.measures).toEqual(alone.measures);
    }
  });
});
