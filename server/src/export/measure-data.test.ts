/**
 * Measures as data, on a hand-checked fixture (2024-25): NE has 23 foundation trainees in post, 14
 * of them enrolled on NE's tier-1 offer (20 places); YH has 40, 9 enrolled on YH's (12 places);
 * no other locality has anyone. Exports round every count below England (§4), for every reader:
 *   NE:  in post 23 → 25, M3 14 → 15 of 25 = 0.6,  M5 15 of 20 places = 0.75
 *   YH:  in post 40,      M3  9 → 10 of 40 = 0.25, M5 10 of 12 places = 0.8333
 *   NEY (NE + YH): 63 → 65, M3 23 → 25 of 65 = 0.3846
 *   England: exact, 23 of 63 = 0.3651
 * Judgements are made on exact counts: NE 14/23 has a 95% Wilson interval from 0.4079, above
 * England's 0.3651 → better (99.8%: from 0.3105 → similar); YH 9/40 reaches 0.3750 → similar.
 * Intervals in the file are of the figures as written; checked here against the roots of the
 * Wilson quadratic (an independent computation) to 1e-6.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bumpDataVersion, REPOSITORY_ROOT } from '@ldm/db';
import { offerRow, participationRow, placementRow, type SeedRows, seedRows, traineeRow } from '@ldm/db/testing';
import { mustParsePeriod } from '@ldm/shared';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';

const rowsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];
const Z = { 95: 1.959964, 99.8: 3.090232 };

/** The Wilson interval as the two roots of (1 + z²/n)p² − (2p̂ + z²/n)p + p̂² = 0. */
function wilsonRoots(r: number, n: number, z: number): [number, number] {
  const share = r / n;
  const a = 1 + (z * z) / n;
  const b = -(2 * share + (z * z) / n);
  const c = share * share;
  const root = Math.sqrt(b * b - 4 * a * c);
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

/** A locality's organisation, `inPost` foundation trainees (in post 2024-08-07 to 2025-08-05), its tier-1 offer and cohort, `enrolled` participations. */
function localityFixture(localityCode: string, inPost: number, enrolled: number, places: number): SeedRows {
  const organisation = `R${localityCode}`;
  const gmcs = Array.from({ length: inPost }, (_, i) => `${localityCode}${String(i).padStart(5, '0')}`);
  return {
    organisations: [{ code: organisation, name: `${localityCode} trust`, type: 'trust', locality_code: localityCode }],
    trainees: gmcs.map((gmc) => traineeRow(gmc)),
    placements: gmcs.map((gmc) => placementRow(gmc, organisation, 'F1')),
    offers: [offerRow(`${localityCode}-T1`, localityCode, 1)],
    offer_stages: [{ offer_code: `${localityCode}-T1`, stage_code: 'foundation' }],
    cohorts: [
      {
        code: `${localityCode}-C`,
        offer_code: `${localityCode}-T1`,
        start_date: '2024-09-01',
        end_date: '2025-03-31',
        places,
      },
    ],
    participations: gmcs.slice(0, enrolled).map((gmc) => participationRow(gmc, `${localityCode}-C`, '2024-09-01')),
  };
}

describe('measures as data', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  beforeAll(async () => {
    await seedRows(suite.db, localityFixture('NE', 23, 14, 20));
    await seedRows(suite.db, localityFixture('YH', 40, 9, 12));
  });

  /** One row per area and measure: `NE M3` → row; a region's key starts `region` (NW is a region and a locality). */
  const byAreaAndMeasure = (csv: string) =>
    new Map(
      rowsOf(csv).map((row) => [`${row.area_type === 'region' ? 'region ' : ''}${row.area_code} ${row.measure}`, row]),
    );

  it("writes the England page's table as numbers, rounded below England, with England's row exact", async () => {
    const file = await as(suite.users.dean).export.measures({ period: '2024-25' });
    expect(file.fileName).toBe('measures-2024-25.csv');
    const rows = byAreaAndMeasure(file.csv);
    // England, 7 regions, 13 localities; 11 measures each.
    expect(rows.size).toBe(21 * 11);
    const period = {
      period: '2024-25',
      period_type: 'financial year',
      period_from: '2024-04-01',
      period_to: '2025-03-31',
    };
    expect(rows.get('ENG M3')).toEqual({
      ...period,
      area_type: 'England',
      area_code: 'ENG',
      area_name: 'England',
      trainees_in_post: '63',
      measure: 'M3',
      measure_name: 'Uptake',
      counts_rounded: 'no',
      numerator: '23',
      denominator: '63',
      value: '0.3651',
      ci95_lower: '0.257154',
      ci95_upper: '0.488513',
      ci998_lower: expect.any(String),
      ci998_upper: expect.any(String),
      england_value: '0.3651',
      vs_england_95: '',
      vs_england_998: '',
    });
    expect(rows.get('region NEY M3')).toMatchObject({
      area_type: 'region',
      trainees_in_post: '65',
      numerator: '25',
      denominator: '65',
      value: '0.3846',
      ci95_lower: '0.27595',
      ci95_upper: '0.506158',
      vs_england_95: 'similar',
    });
    expect(rows.get('NE M3')).toMatchObject({
      area_type: 'locality',
      area_name: 'North East',
      trainees_in_post: '25',
      numerator: '15',
      denominator: '25',
      value: '0.6',
      ci95_lower: '0.407395',
      ci95_upper: '0.765967',
      england_value: '0.3651',
      vs_england_95: 'better',
      vs_england_998: 'similar',
    });
    expect(rows.get('YH M3')).toMatchObject({
      numerator: '10',
      denominator: '40',
      value: '0.25',
      vs_england_95: 'similar',
    });
    // M5 counts participations (rounded) over places (never rounded).
    expect(rows.get('NE M5')).toMatchObject({ numerator: '15', denominator: '20', value: '0.75' });
    expect(rows.get('YH M5')).toMatchObject({ numerator: '10', denominator: '12', value: '0.8333' });
    // M2 is stages, not people: exact, and never compared with England.
    expect(rows.get('NE M2')).toMatchObject({ numerator: '1', denominator: '3', value: '0.3333', vs_england_95: '' });
    // No one in post: zeros, no value, no interval, not compared.
    expect(rows.get('NW M3')).toMatchObject({
      trainees_in_post: '0',
      numerator: '0',
      denominator: '0',
      value: '',
      ci95_lower: '',
      vs_england_95: 'not compared',
    });
  });

  it('gives each interval of the figures as written, to 1e-6 of the Wilson quadratic', async () => {
    const rows = rowsOf((await as(suite.users.national).export.measures({ period: '2024-25' })).csv);
    let checked = 0;
    for (const row of rows) {
      if (row.ci95_lower === '') continue;
      for (const [level, z] of [
        ['95', Z[95]],
        ['998', Z[99.8]],
      ] as const) {
        const [lower, upper] = wilsonRoots(Number(row.numerator), Number(row.denominator), z);
        expect(Math.abs(Number(row[`ci${level}_lower`]) - lower), `${row.area_code} ${row.measure}`).toBeLessThan(1e-6);
        expect(Math.abs(Number(row[`ci${level}_upper`]) - upper), `${row.area_code} ${row.measure}`).toBeLessThan(1e-6);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("hides a count of 1 to 7 with its share and judgement, even in the file of the dean's own locality", async () => {
    await suite.db
      .deleteFrom('participations')
      .where('cohort_code', '=', 'NE-C')
      .where('gmc_number', '>', 'NE00004')
      .execute();
    await bumpDataVersion(suite.db, 'test: fewer NE participations');
    try {
      // NE: 5 enrolled → *; England 5 + 9 = 14, exact.
      const rows = byAreaAndMeasure(
        (await as(suite.users.dean).export.locality({ localityCode: 'NE', period: '2024-25' })).csv,
      );
      expect([...rows.keys()].map((k) => k.split(' ')[0])).toEqual([...Array(11).fill('ENG'), ...Array(11).fill('NE')]);
      expect(rows.get('NE M3')).toMatchObject({
        numerator: '*',
        denominator: '25',
        value: '*',
        ci95_lower: '',
        ci95_upper: '',
        vs_england_95: 'not compared',
        vs_england_998: 'not compared',
      });
      expect(rows.get('ENG M3')).toMatchObject({ numerator: '14', denominator: '63', value: '0.2222' });
    } finally {
      await suite.db.deleteFrom('participations').where('cohort_code', '=', 'NE-C').execute();
      await suite.db
        .insertInto('participations')
        .values(
          Array.from({ length: 14 }, (_, i) =>
            participationRow(`NE${String(i).padStart(5, '0')}`, 'NE-C', '2024-09-01'),
          ),
        )
        .execute();
      await bumpDataVersion(suite.db, 'test: NE participations restored');
    }
  });

  it("rounds England's year figures of a measure when a quarter hides one, so the year less the other quarters gives nothing back", async () => {
    // 12 NE completions in 2024-25: 3 end in Q3 (hidden at England level), 9 in Q4 (exact).
    const completeBy = async (gmcs: string[], endDate: string) =>
      suite.db
        .updateTable('participations')
        .set({ status: 'completed', end_date: endDate })
        .where('cohort_code', '=', 'NE-C')
        .where('gmc_number', 'in', gmcs)
        .execute();
    const gmc = (i: number) => `NE${String(i).padStart(5, '0')}`;
    await completeBy([0, 1, 2].map(gmc), '2024-12-15');
    await completeBy([3, 4, 5, 6, 7, 8, 9, 10, 11].map(gmc), '2025-02-15');
    await bumpDataVersion(suite.db, 'test: NE completions');
    try {
      const m4 = async (period: string) =>
        byAreaAndMeasure((await as(suite.users.national).export.measures({ period })).csv).get('ENG M4');
      expect(await m4('2024-25 Q3')).toMatchObject({ counts_rounded: 'no', numerator: '*', denominator: '*' });
      expect(await m4('2024-25 Q4')).toMatchObject({ counts_rounded: 'no', numerator: '9', denominator: '9' });
      // Exact 12 would give Q3 = 12 − 9 = 3; written as 10 it stands for 8 to 12, so Q3 is 1 to 3.
      expect(await m4('2024-25')).toMatchObject({
        counts_rounded: 'yes',
        numerator: '10',
        denominator: '10',
        value: '1',
        england_value: '1',
      });
      const open = rowsOf((await as(suite.users.national).export.openData()).csv).find(
        (r) => r.period === '2024-25' && r.area_code === 'ENG' && r.measure === 'M4',
      );
      expect(open).toMatchObject({ counts_rounded: 'yes', numerator: '10' });
    } finally {
      await suite.db
        .updateTable('participations')
        .set({ status: 'enrolled', end_date: null })
        .where('cohort_code', '=', 'NE-C')
        .execute();
      await bumpDataVersion(suite.db, 'test: NE completions undone');
    }
  });

  it("writes a locality's breakdown by group, then the locality as a whole and England", async () => {
    const file = await as(suite.users.lead).export.breakdown({ localityCode: 'NE', period: '2024-25', by: 'stage' });
    expect(file.fileName).toBe('measures-NE-by-stage-2024-25.csv');
    const rows = rowsOf(file.csv).filter((r) => r.measure === 'M3');
    expect(rows.map((r) => [r.locality_code, r.breakdown, r.group, r.trainees_in_post, r.numerator, r.value])).toEqual([
      ['NE', 'stage', 'foundation', '25', '15', '0.6'],
      ['NE', 'stage', 'all', '25', '15', '0.6'],
      ['ENG', 'stage', 'all', '63', '23', '0.3651'],
    ]);
    await expect(
      as(suite.users.dean).export.breakdown({ localityCode: 'YH', period: '2024-25', by: 'stage' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  describe('the national open-data file', () => {
    const today = new Date().toISOString().slice(0, 10);

    it('holds England, every region and locality for every complete period, for national and admin users only', async () => {
      const file = await as(suite.users.national).export.openData();
      expect(file.fileName).toBe('leadership-development-open-data.csv');
      const rows = rowsOf(file.csv);
      const periods = [...new Set(rows.map((r) => r.period))];
      // Placements run 2024-08-01 to 2025-07-31: two financial years and their quarters, those over by today.
      const expected = ['2024-25', '2025-26']
        .flatMap((year) => [year, `${year} Q1`, `${year} Q2`, `${year} Q3`, `${year} Q4`])
        .filter((label) => mustParsePeriod(label).to < today);
      expect(periods).toEqual(expected);
      expect(periods.length).toBeGreaterThanOrEqual(5);
      expect(rows.every((r) => r.period_to! < today)).toBe(true);
      expect(rows).toHaveLength(periods.length * 21 * 11);
      // The same rows as the England page's file of that period.
      const year = rowsOf((await as(suite.users.national).export.measures({ period: '2024-25' })).csv);
      expect(rows.filter((r) => r.period === '2024-25')).toEqual(year);
      expect((await as(suite.users.admin).export.openData()).csv).toBe(file.csv);
      for (const hostile of [suite.users.dean, suite.users.lead])
        await expect(as(hostile).export.openData()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('`pnpm cli export open-data <file>` writes the same bytes', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-open-data-'));
      try {
        const target = path.join(dir, 'open-data.csv');
        const env = {
          ...process.env,
          ...(suite.test.config.kind === 'sqlite'
            ? { DATABASE_PATH: suite.test.config.path, DATABASE_URL: '' }
            : { DATABASE_URL: suite.test.config.url }),
        };
        const { stdout } = await promisify(execFile)(
          path.join(REPOSITORY_ROOT, 'node_modules', '.bin', 'tsx'),
          ['server/src/cli/main.ts', 'export', 'open-data', target],
          { cwd: REPOSITORY_ROOT, env },
        );
        const fromDashboard = (await as(suite.users.national).export.openData()).csv;
        expect(stdout).toBe(`wrote ${rowsOf(fromDashboard).length} rows to ${target}\n`);
        expect(fs.readFileSync(target)).toEqual(Buffer.from(fromDashboard, 'utf8'));
        expect(fs.readdirSync(dir)).toEqual(['open-data.csv']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });
});
