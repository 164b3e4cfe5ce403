/**
 * `pnpm bench:measures`: builds the national-scale demo data set (50,000 trainees, five years) in
 * a temporary SQLite database, then times all measures for all 13 localities for one period
 * computed from scratch (a data-version bump before each run empties the cache), the same call
 * when nothing changed, and a five-year quarterly trend (20 quarters) from scratch; then the national
 * overview and a locality dashboard (its first call apart: it computes the period's breakdowns).
 * `TRAINEES=…` changes the size; `BENCH_DATABASE_PATH=<built demo file>` skips the build (the runs
 * add rows to its `data_versions`), and so does `DATABASE_URL` (a PostgreSQL database already
 * filled by `pnpm cli demo`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bumpDataVersion, databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import { buildDemoData } from '@ldm/db/demo/build-demo-data';
import { financialYearOf, mustParsePeriod, periodsUpTo } from '@ldm/shared';
import type { SessionUser } from '../src/context';
import { getLocalityDashboard, getTrend } from '../src/measure/locality-service';
import { getMeasuresForPeriod, getNationalOverview } from '../src/measure/service';

const existing = process.env.DATABASE_URL || process.env.BENCH_DATABASE_PATH;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-bench-measures-'));
const db = openDatabase(
  process.env.DATABASE_URL
    ? databaseConfigFromEnv()
    : { kind: 'sqlite', path: existing ?? path.join(dir, 'bench.sqlite') },
);
const national: SessionUser = {
  id: 0,
  email: 'bench@example.org',
  name: 'bench',
  role: 'national',
  localityCode: null,
};

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function timeRuns(runs: number, before: () => Promise<unknown>, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before();
    times.push(await time(run));
  }
  return times.sort((a, b) => a - b);
}

const describe = (times: number[]) =>
  `median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms (${times.length} runs)`;

async function buildDemo(): Promise<string[]> {
  const trainees = process.env.TRAINEES ? Number(process.env.TRAINEES) : undefined;
  process.stderr.write('building demo data…\n');
  const summary = await buildDemoData(db, trainees ? { traineesPerYear: trainees } : undefined);
  console.log(
    `demo data: ${summary.counts.trainees} trainees, ${summary.counts.placements} placements, years ${summary.years.join(', ')}`,
  );
  return summary.years;
}

try {
  await migrateToLatest(db);
  const years = existing
    ? periodsUpTo(mustParsePeriod(financialYearOf(new Date().toISOString().slice(0, 10))), 5).map((p) => p.label)
    : await buildDemo();
  // The last full financial year: the demo's latest year is still running.
  const year = years.at(-2)!;
  const bump = () => bumpDataVersion(db, 'bench');
  const nothing = async () => undefined;
  const scratch = await timeRuns(5, bump, () => getMeasuresForPeriod(db, year));
  console.log(`all measures, 13 localities, ${year}, from scratch: ${describe(scratch)}`);
  const quarter = `${year} Q3`;
  const scratchQuarter = await timeRuns(5, bump, () => getMeasuresForPeriod(db, quarter));
  console.log(`all measures, 13 localities, ${quarter}, from scratch: ${describe(scratchQuarter)}`);
  await getMeasuresForPeriod(db, year);
  const cached = await timeRuns(20, nothing, () => getMeasuresForPeriod(db, year));
  console.log(`all measures, ${year}, nothing changed (cached by data version): ${describe(cached)}`);

  const lastQuarter = `${years.at(-1)} Q4`;
  const trend = await timeRuns(3, bump, () => getTrend(db, national, 'NW', lastQuarter, 20));
  console.log(`5-year quarterly trend (20 quarters to ${lastQuarter}), from scratch: ${describe(trend)}`);
  const trendCached = await timeRuns(10, nothing, () => getTrend(db, national, 'NW', lastQuarter, 20));
  console.log(`5-year quarterly trend, nothing changed: ${describe(trendCached)}`);

  await getNationalOverview(db, national, year);
  console.log(
    `national overview, nothing changed: ${describe(await timeRuns(10, nothing, () => getNationalOverview(db, national, year)))}`,
  );
  // The first call computes and stores the period's breakdowns (the figures above never needed
  // them): timed on its own, so the runs below are what 'nothing changed' says.
  console.log(
    `locality dashboard (NW), first call (computes and stores the period's breakdowns): ${(await time(() => getLocalityDashboard(db, national, 'NW', year))).toFixed(1)} ms`,
  );
  console.log(
    `locality dashboard (NW), nothing changed: ${describe(await timeRuns(10, nothing, () => getLocalityDashboard(db, national, 'NW', year)))}`,
  );
} finally {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
