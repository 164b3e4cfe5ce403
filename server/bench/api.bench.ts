/**
 * `pnpm bench:api`: starts the HTTP server on the national demo data set and calls every read
 * procedure (every tRPC query of the app router) many times through HTTP, signed in as the demo
 * user that the dashboard would use for it; prints p50 and p95 per procedure.
 * The demo database is built in a temporary file unless `BENCH_DATABASE_PATH` names one already
 * built (`DATABASE_PATH=… pnpm cli demo`), or the PostgreSQL database `DATABASE_URL` names (filled by
 * `pnpm cli demo` first). `RUNS=…` sets the timed calls per procedure.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import { buildDemoDatabase } from '../src/demo/build-demo-database';
import { createApp } from '../src/http/app';
import { appRouter } from '../src/router';
import type { Access } from '../src/trpc';

const RUNS = Number(process.env.RUNS ?? 60);
const WARM_UP = 3;
const LOCALITY = 'NW';
const PERIOD = '2024-25';

const existing = process.env.DATABASE_URL || process.env.BENCH_DATABASE_PATH;
const dbPath = existing ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-bench-api-')), 'bench.sqlite');
const db = openDatabase(process.env.DATABASE_URL ? databaseConfigFromEnv() : { kind: 'sqlite', path: dbPath });
await migrateToLatest(db);
if (!existing) await buildDemoDatabase(db);

const server = createApp(db).listen(0);
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;

async function signIn(email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!response.ok || !cookie)
    throw new Error(`sign-in failed for ${email}: ${response.status} ${await response.text()}`);
  return cookie.split(';')[0]!;
}

const slug = LOCALITY.toLowerCase();
const cookies = {
  admin: await signIn('admin@ldm.example', 'admin-demo'),
  national: await signIn('national@ldm.example', 'national-demo'),
  dean: await signIn(`dean.${slug}@ldm.example`, `dean-${slug}-demo`),
};
/** Who the dashboard calls each kind of procedure as: the role that sees the most data through it. */
const CALLER_FOR: Record<Access, keyof typeof cookies> = {
  public: 'dean',
  signedIn: 'national',
  admin: 'admin',
  national: 'national',
  aggregates: 'national',
  records: 'dean',
  write: 'dean',
};

const offer = await db
  .selectFrom('offers')
  .select('code')
  .where('scope_locality_code', '=', LOCALITY)
  .orderBy('code')
  .executeTakeFirstOrThrow();
const trainee = await db
  .selectFrom('placements')
  .innerJoin('organisations', 'organisations.code', 'placements.organisation_code')
  .select('placements.gmc_number')
  .where('organisations.locality_code', '=', LOCALITY)
  .orderBy('placements.start_date', 'desc')
  .executeTakeFirstOrThrow();
// An approved report: the national role cannot see drafts, and unordered rows come back in a
// different order on PostgreSQL.
const report = await db
  .selectFrom('progress_reports')
  .select('id')
  .where('locality_code', '=', LOCALITY)
  .where('status', '=', 'approved')
  .orderBy('id')
  .executeTakeFirst();

/** Extra input per procedure beyond `{ localityCode, period }`; several variants are cycled through. */
const VARIANTS: Record<string, Record<string, unknown>[]> = {
  'offer.get': [{ code: offer.code }],
  'offer.list': [{}, { tier: 1 }, { stage: 'core', search: 'lead' }],
  'trainee.list': [
    {},
    { sort: 'organisation', direction: 'desc', page: 20 },
    { search: 'smith' },
    { search: '70' },
    { sort: 'startDate', page: 3, pageSize: 100 },
  ],
  'trainee.get': [{ gmcNumber: trainee.gmc_number }],
  'export.trainees': [{ search: 'smith' }],
  'report.get': [{ reportId: report?.id ?? 1 }],
  'audit.list': [{}, { entity: 'offer' }],
};

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; meta?: { access?: Access } } }
>;
const queries = Object.entries(procedures).filter(([, p]) => p._def.type === 'query');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const results: { path: string; caller: string; p50: number; p95: number; status: string }[] = [];
for (const [name, procedure] of queries) {
  const caller = CALLER_FOR[procedure._def.meta?.access ?? 'public'];
  const variants = VARIANTS[name] ?? [{}];
  const statuses = new Set<number>();
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const input = { localityCode: LOCALITY, period: PERIOD, ...variants[i % variants.length] };
    const started = performance.now();
    const response = await fetch(`${base}/${name}?input=${encodeURIComponent(JSON.stringify(input))}`, {
      headers: { cookie: cookies[caller] },
    });
    await response.arrayBuffer();
    if (i >= WARM_UP) times.push(performance.now() - started);
    statuses.add(response.status);
  }
  times.sort((a, b) => a - b);
  results.push({
    path: name,
    caller,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    status: [...statuses].join('/'),
  });
}
server.close();
await db.destroy();

const trainees = existing ? '' : ' (built for this run)';
console.log(
  `API bench: ${RUNS} timed HTTP calls per query procedure after ${WARM_UP} warm-up calls; locality ${LOCALITY}, period ${PERIOD}; database ${dbPath}${trainees}`,
);
console.log(
  `${'procedure'.padEnd(26)} ${'as'.padEnd(9)} ${'HTTP'.padEnd(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`,
);
for (const r of results)
  console.log(
    `${r.path.padEnd(26)} ${r.caller.padEnd(9)} ${r.status.padEnd(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}`,
  );
const slow = results.filter((r) => r.p95 >= 50);
console.log(slow.length ? `p95 at or over 50 ms: ${slow.map((r) => r.path).join(', ')}` : 'every p95 under 50 ms');
