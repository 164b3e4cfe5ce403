import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { bumpDataVersion, type Database, REPOSITORY_ROOT } from '@ldm/db';
import { measureTargetRow, quarterlyUptakeRows, seedRows, testDatabaseForSuite } from '@ldm/db/testing';
import { mustParsePeriod, periodsUpTo } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPeriodFigures } from '../measure/measures-cache';
import { buildProgress } from '../measure/progress';
import { databaseWithUsers } from '../testing/database-with-users';
import { getFunnel } from './funnel-service';
import { getMeasuresWithEngland } from './measures-with-england';
import { getSpcTrend } from './trend-service';

/** Trainees in post in 2024-25 and, of them, those with an enrolment starting in 2024-25 (M3). */
const UPTAKE_2024_25 = { NE: [6, 100], YH: [10, 80], NW: [45, 120], EM: [20, 60] } as const;
/** NE's enrolments per quarter from 2021-22 Q1 to 2024-25 Q4 (100 trainees in post throughout). */
const NE_QUARTERLY = [4, 6, 4, 6, 4, 6, 16, 6, 4, 6, 4, 6, 4, 6, 4, 6];

const QUARTERS = periodsUpTo(mustParsePeriod('2024-25 Q4'), 16);

/**
 * NE's 100 trainees are in post from 2021-04-01 and the first r of them enrol in each quarter's
 * cohort of a national offer; the other localities' trainees are in post in 2024-25 only, the
 * first r enrolling in 2024-25 Q2. NE's M3 for 2024-25 is 6 of 100 (the most in one quarter).
 */
async function seed(db: Kysely<Database>) {
  const localities = Object.keys(UPTAKE_2024_25) as (keyof typeof UPTAKE_2024_25)[];
  await seedRows(db, {
    ...quarterlyUptakeRows(
      QUARTERS,
      Object.fromEntries(
        localities.map((l) => [
          l,
          l === 'NE'
            ? { inPost: UPTAKE_2024_25.NE[1], since: '2021-04-01', enrolled: NE_QUARTERLY }
            : {
                inPost: UPTAKE_2024_25[l][1],
                since: '2024-04-01',
                enrolled: QUARTERS.map((q) => (q.label === '2024-25 Q2' ? UPTAKE_2024_25[l][0] : 0)),
              },
        ]),
      ),
    ),
    measure_targets: [measureTargetRow('M3', 'NE', '2025-26', 0.2)],
  });
  await bumpDataVersion(db, 'judgement fixture');
}

// Expected values computed independently in Python: Wilson by the textbook form, exact limits by
// scipy.stats.binom, φ and τ² by §12.2 written out; England's M3 is 81 / 360 = 0.225.
describe('judgements in the CLI contracts', () => {
  const suite = databaseWithUsers();
  beforeAll(() => seed(suite.db));

  it('compares each locality with England at 95% and 99.8% (measures --json)', async () => {
    const result = await getMeasuresWithEngland(suite.db, '2024-25');
    expect(result.england.traineesInPost).toBe(360);
    expect(result.england.measures.M3).toMatchObject({ numerator: 81, denominator: 360 });
    const m3 = (code: string) => result.localities.find((l) => l.code === code)!.measures.M3;
    const expected = {
      NE: [0.027786123800628153, 0.12476815511608857, 0.018432982275656234, 0.1782774286554095, 'worse'],
      YH: [0.06933557583990899, 0.21502802182900912, 0.049825190918817, 0.2801545706202918, 'worse'],
      NW: [0.2935242972700225, 0.4642304944531961, 0.25245122590184865, 0.5159771187102355, 'better'],
      EM: [0.22729261451704225, 0.45943133649436674, 0.1800471460673975, 0.5323880220311024, 'better'],
    } as const;
    for (const [code, [lo95, hi95, lo998, hi998, judgement]] of Object.entries(expected)) {
      const figures = m3(code) as { ci95: number[]; ci998: number[]; vsEngland: string };
      expect(figures.ci95[0]).toBeCloseTo(lo95, 9);
      expect(figures.ci95[1]).toBeCloseTo(hi95, 9);
      expect(figures.ci998[0]).toBeCloseTo(lo998, 9);
      expect(figures.ci998[1]).toBeCloseTo(hi998, 9);
      expect(figures.vsEngland).toBe(judgement);
    }
    // YH and EM are similar at 99.8%; a zero denominator is not compared; M2 and M7 carry no comparison.
    expect(m3('YH')).toMatchObject({ vsEngland998: 'similar' });
    expect(m3('EM')).toMatchObject({ vsEngland998: 'similar' });
    expect(m3('SW')).toMatchObject({ ci95: null, ci998: null, vsEngland: 'not compared' });
    expect(result.localities[0]!.measures.M2).not.toHaveProperty('vsEngland');
  });

  it('shows each locality beside England on its dashboard, intervals only to those who see exact counts', async () => {
    const m3 = <Row extends { measureCode: string }>(rows: Row[]) => rows.find((row) => row.measureCode === 'M3')!;
    const own = m3(
      (await suite.as(suite.users.dean).measure.locality({ localityCode: 'NE', period: '2024-25' }))
        .comparedWithEngland,
    );
    expect(own).toMatchObject({
      england: { numerator: 81, denominator: 360 },
      vsEngland: 'worse',
      vsEngland998: 'worse',
    });
    expect(own.ci95![1]).toBeCloseTo(0.12476815511608857, 9);
    // A national user sees EM rounded (20 of 60): judged on the exact counts, with no interval.
    const em = m3(
      (await suite.as(suite.users.national).measure.locality({ localityCode: 'EM', period: '2024-25' }))
        .comparedWithEngland,
    );
    expect(em).toMatchObject({ ci95: null, ci998: null, vsEngland: 'better', vsEngland998: 'similar' });
  });

  it('reads the funnel of the localities, exact and adjusted', async () => {
    const funnel = await getFunnel(suite.db, { period: '2024-25', measure: 'M3' });
    expect(funnel.centre).toBeCloseTo(0.225, 12);
    expect(funnel.k).toBe(4);
    expect(funnel.phi).toBeCloseTo(11.643451261748872, 9);
    expect(funnel.tau2).toBeCloseTo(0.04119372325871422, 12);
    const ne = funnel.points.find((p) => p.code === 'NE')!;
    expect(ne.exact!.lower998).toBeCloseTo(0.10016316083303728, 9);
    expect(ne.exact!.upper95).toBeCloseTo(0.30470762382736283, 9);
    expect(ne.adjusted!.lower998).toBe(0);
    expect(ne.adjusted!.upper998).toBeCloseTo(0.8257427494685594, 12);
    // Outside the exact 99.8% limits NE is low and NW high; inside the widened limits nobody is.
    expect(funnel.points.map((p) => p.flag)).toEqual(Array(13).fill(null));
    const sw = funnel.points.find((p) => p.code === 'SW')!;
    expect(sw).toMatchObject({ denominator: 0, value: null, exact: null, adjusted: null, flag: null });
  });

  it('reads the funnel of the regions (k = 3, no winsorising) and refuses a measure that is not a proportion', async () => {
    const funnel = await getFunnel(suite.db, { period: '2024-25', measure: 'M3', regions: true });
    expect(funnel.points.map((p) => p.code)).toHaveLength(7);
    expect(funnel.k).toBe(3);
    expect(funnel.phi).toBeCloseTo(14.322642387743906, 9);
    expect(funnel.tau2).toBeCloseTo(0.04655446268549059, 12);
    await expect(getFunnel(suite.db, { period: '2024-25', measure: 'M7' })).rejects.toThrow(/not a proportion measure/);
  });

  it('reads NE’s quarterly uptake as an XmR chart: one point beyond the limit, a target it fails', async () => {
    const trend = await getSpcTrend(suite.db, { locality: 'NE', measure: 'M3', to: '2024-25 Q4', count: 17 });
    expect(trend.points).toHaveLength(17);
    expect(trend.points[0]).toEqual({ period: '2020-21 Q4', numerator: 0, denominator: 0, value: null });
    expect(trend.points.slice(1).map((p) => p.numerator)).toEqual(NE_QUARTERLY);
    const spc = trend.spc!;
    expect(spc.points.map((p) => p.period)).toEqual(QUARTERS.map((q) => q.label));
    // x̄ = 92/1600 = 0.0575; mR̄ = 0.46/15; limits x̄ ± 2.66·mR̄.
    expect(spc.mean).toBeCloseTo(0.0575, 12);
    expect(spc.upperProcessLimit).toBeCloseTo(0.0575 + (2.66 * 0.46) / 15, 12);
    expect(spc.lowerProcessLimit).toBeCloseTo(0.0575 - (2.66 * 0.46) / 15, 12);
    expect(spc.points.filter((p) => p.signal !== null)).toEqual([{ period: '2022-23 Q3', signal: 'improvement' }]);
    expect(spc.variation).toBe('common cause');
    expect(spc.assurance).toBe('fail');
  });

  it('gives England no target and no SPC reading below 13 quarters', async () => {
    const england = await getSpcTrend(suite.db, { locality: 'ENG', measure: 'M3', to: '2024-25 Q4', count: 16 });
    expect(england.spc!.assurance).toBeNull();
    expect(england.points.at(-3)).toMatchObject({ numerator: 6 + 75, denominator: 360 });
    const short = await getSpcTrend(suite.db, { locality: 'NE', measure: 'M3', to: '2024-25 Q4', count: 12 });
    expect(short.points).toHaveLength(12);
    expect(short.spc).toBeNull();
    await expect(getSpcTrend(suite.db, { locality: 'NE', measure: 'M3', to: '2024-25' })).rejects.toThrow(/quarter/);
    await expect(getSpcTrend(suite.db, { locality: 'XX', measure: 'M3', to: '2024-25 Q4' })).rejects.toThrow(
      /not a locality/,
    );
  });

  it('gives the dashboard every measure’s SPC chart, disclosed to the viewer', async () => {
    const m3 = (charts: { measures: { measureCode: string }[] }) =>
      charts.measures.find((m) => m.measureCode === 'M3') as Awaited<
        ReturnType<ReturnType<typeof suite.as>['measure']['spc']>
      >['measures'][number];
    const own = await suite.as(suite.users.dean).measure.spc({ localityCode: 'NE', period: '2024-25' });
    expect(own).toMatchObject({ code: 'NE', to: '2024-25 Q4' });
    expect(own.measures.map((m) => m.measureCode)).toHaveLength(11);
    const exact = m3(own);
    expect(exact.points).toHaveLength(20);
    expect(exact.runChartBecause).toBeNull();
    expect(exact.spc!.mean).toBeCloseTo(0.0575, 12);
    expect(exact.spc!.upperProcessLimit).toBeCloseTo(0.0575 + (2.66 * 0.46) / 15, 12);
    expect(exact).toMatchObject({ target: 0.2, spc: { variation: 'common cause', assurance: 'fail' } });
    expect(exact.points.filter((p) => p.signal !== null)).toEqual([
      { period: '2022-23 Q3', numerator: 16, denominator: 100, value: 0.16, signal: 'improvement' },
    ]);
    // A national user sees NE's 4s and 6s as *: those points are not compared, the 16 (shown as 15)
    // keeps its signal, and no mean or limits are shown over hidden figures.
    const rounded = m3(await suite.as(suite.users.national).measure.spc({ localityCode: 'NE', period: '2024-25' }));
    expect(rounded).toMatchObject({ spc: null, runChartBecause: 'hidden figures' });
    expect(rounded.points[4]).toEqual({
      period: '2021-22 Q1',
      numerator: '*',
      denominator: 100,
      value: '*',
      signal: 'not compared',
    });
    expect(rounded.points[10]).toMatchObject({ numerator: 15, denominator: 100, value: 0.15, signal: 'improvement' });
    // England's 16 quarters (4/100 … 16/100 … 81/360 …): x̄ = 0.0614931, upper limit 0.2143938 (by
    // hand), so 81/360 = 0.225 is beyond it; England's 4s and 6s are * (1 to 7), so no limits shown.
    const england = m3(await suite.as(suite.users.national).measure.englandSpc({ period: '2024-25 Q4' }));
    expect(england).toMatchObject({ target: null, spc: null, runChartBecause: 'hidden figures' });
    expect(england.points.at(-3)).toEqual({
      period: '2024-25 Q2',
      numerator: 81,
      denominator: 360,
      value: 0.225,
      signal: 'improvement',
    });
    expect(england.points[4]).toMatchObject({ value: '*', signal: 'not compared' });
    expect(england.points[10]).toMatchObject({ numerator: 16, signal: null });
    // A period with no complete quarter has no chart.
    expect(await suite.as(suite.users.dean).measure.spc({ localityCode: 'NE', period: '2098-99 Q4' })).toEqual({
      code: 'NE',
      to: null,
      dataVersion: null,
      updating: false,
      measures: [],
    });
  });

  it('prints only the JSON objects on standard output', async () => {
    const env =
      suite.test.config.kind === 'sqlite'
        ? { ...process.env, DATABASE_PATH: suite.test.config.path, DATABASE_URL: '' }
        : { ...process.env, DATABASE_URL: suite.test.config.url };
    const run = async (...args: string[]) =>
      JSON.parse(
        (
          await promisify(execFile)('npx', ['tsx', 'server/src/cli/main.ts', ...args, '--json'], {
            cwd: REPOSITORY_ROOT,
            env,
          })
        ).stdout,
      );
    const measures = await run('measures', '--period', '2024-25');
    expect(measures.england.measures.M3).toMatchObject({ numerator: 81, denominator: 360, vsEngland: 'similar' });
    const funnel = await run('funnel', '--period', '2024-25', '--measure', 'M3');
    expect(funnel).toMatchObject({ period: '2024-25', measure: 'M3', k: 4 });
    const trend = await run('trend', '--locality', 'NE', '--measure', 'M3', '--to', '2024-25 Q4');
    expect(trend).toMatchObject({ locality: 'NE', measure: 'M3', polarity: 'higher' });
    expect(trend.points).toHaveLength(20);
    expect(trend.spc.rules).toBe('NHSE SPC v2.6');
  });
});

describe('periods that are not over, and quarters against quarters (§12.4)', () => {
  const t = testDatabaseForSuite();
  beforeAll(async () => {
    await seed(t.db);
    // NE's M3 baseline frozen at 2022-23: 16 of 100 (the most enrolments in one quarter of that year).
    await t.db
      .insertInto('measure_baselines')
      .values({
        measure_code: 'M3',
        locality_code: 'NE',
        period: '2022-23',
        numerator: 16,
        denominator: 100,
        value: 0.16,
        data_version: 1,
        set_by: null,
        set_at: '2024-01-01T00:00:00Z',
      })
      .execute();
  });

  const progressOf = async (label: string, today: string) => {
    const period = mustParsePeriod(label);
    const localities = (await getPeriodFigures(t.db, [period])).figures[0]!.localities;
    const rows = await buildProgress(t.db, localities, period, 'NE', today);
    return rows.find((row) => row.localityCode === 'NE' && row.measureCode === 'M3')!;
  };

  it('compares a quarter with the same quarter of the baseline year, from current data', async () => {
    const q2 = await progressOf('2024-25 Q2', '2026-11-27');
    expect(q2.baseline).toMatchObject({ period: '2022-23 Q2', numerator: 6, denominator: 100 });
    expect(q2.latest).toMatchObject({ numerator: 6, denominator: 100 });
    expect(q2.status).toBe('not improving');
    const q3 = await progressOf('2024-25 Q3', '2026-11-27');
    expect(q3.baseline).toMatchObject({ period: '2022-23 Q3', numerator: 16, denominator: 100 });
  });

  it('compares a year with the frozen baseline year', async () => {
    const year = await progressOf('2024-25', '2026-11-27');
    expect(year.baseline).toMatchObject({ period: '2022-23', numerator: 16, denominator: 100, dataVersion: 1 });
  });

  it('does not judge a period that is not over: "to date"', async () => {
    expect((await progressOf('2024-25', '2025-03-31')).status).toBe('to date');
    expect((await progressOf('2024-25 Q3', '2025-03-31')).status).toBe('not improving');
  });
});
