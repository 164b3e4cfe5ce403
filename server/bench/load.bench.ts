/**
 * `pnpm bench:load`: starts the dashboard server (server/src/main.ts, a separate process, with its
 * measure worker and recompute job) on the national demo data, and runs 20 simulated users reading
 * dashboards with no think time. Prints p50 / p95 / p99 / max of their calls and requests per
 * second (a) at rest (after one untimed round of calls), (b) while a one-million-row placements
 * file is committed through the dashboard (upload, then import.commit), (c) during the
 * recomputation that follows; then the time a restarted server takes to serve the national
 * overview. Each phase also prints the server's event-loop delay meanwhile
 * (health.eventLoopDelay): what a blocked request thread would show;
 * and the users' own process's CPU and event-loop delay, part of every time measured.
 * Only localhost is called; every phase is bounded in time and the bench stops by itself.
 * `BENCH_DATABASE_PATH=<built demo file>` is copied (the import changes it) instead of building
 * the demo; `ROWS=…` sets the placements file's size, `SECONDS=…` the at-rest phase;
 * `BENCH_SERVER_NODE_FLAGS=…` adds node flags to the server's process (a CPU profile, a GC trace).
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { currentDataVersion, migrateToLatest, openDatabase } from '@ldm/db';
import { GRADES, LOCALITY_CODES } from '@ldm/shared';
import { buildDemoDatabase } from '../src/demo/build-demo-database';
import { type ServerProcess, startServerProcess, stopServerProcess } from '../src/testing/server-process';

const USERS = 20;
const ROWS = Number(process.env.ROWS ?? 1_000_000);
const AT_REST_MS = Number(process.env.SECONDS ?? 20) * 1000;
const PHASE_LIMIT_MS = 10 * 60_000;
const PERIOD = '2024-25';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-bench-load-'));
const dbPath = path.join(dir, 'bench.sqlite');
const db = openDatabase({ kind: 'sqlite', path: dbPath });
let server: ServerProcess | undefined;

// BENCH_SERVER_NODE_FLAGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) go to the server's node.
const serverNodeFlags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
/** The running server's address; a restarted server gets a new one. */
let base = '';

async function startServer(): Promise<void> {
  server = await startServerProcess({ DATABASE_PATH: dbPath, DATABASE_URL: '' }, serverNodeFlags);
  base = server.base;
}

async function stopServer() {
  if (server) await stopServerProcess(server);
}

async function signIn(email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!response.ok || !cookie) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return cookie.split(';')[0]!;
}

const query = (procedure: string, input: unknown) =>
  `${base}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** `measure.locality` of a call's address, to name the slowest calls. */
const procedureOf = (url: string) => new URL(url).pathname.replace('/trpc/', '');

/** What a user reading dashboards calls, in turn. */
function dashboardCalls(localityCode: string): string[] {
  return [
    query('measure.national', { period: PERIOD }),
    query('measure.locality', { localityCode, period: PERIOD }),
    query('measure.nationalTrend', { period: `${PERIOD} Q4`, count: 8 }),
    query('measure.trend', { localityCode, period: PERIOD, count: 5 }),
    query('measure.national', { period: `${PERIOD} Q3` }),
    `${base}/trpc/reference.lists`,
  ];
}

/** 20 users calling without pause until `until()` says stop; returns every call's milliseconds. */
async function runUsers(cookies: { cookie: string; localityCode: string }[], until: () => boolean) {
  const times: number[] = [];
  /** The slowest calls: which procedure, when in the phase, how long. */
  const slowest: { call: string; atMs: number; ms: number }[] = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, user) => {
      const { cookie, localityCode } = cookies[user % cookies.length]!;
      const calls = dashboardCalls(localityCode);
      for (let i = user; !until() && performance.now() - started < PHASE_LIMIT_MS; i++) {
        const sent = performance.now();
        try {
          const response = await fetch(calls[i % calls.length]!, { headers: { cookie } });
          await response.arrayBuffer();
          if (!response.ok) failures++;
        } catch {
          // A kept-alive socket the server closed as it was reused: counted, and the user goes on.
          failures++;
        }
        const ms = performance.now() - sent;
        times.push(ms);
        if (ms > 150) slowest.push({ call: procedureOf(calls[i % calls.length]!), atMs: sent - started, ms });
      }
    }),
  );
  slowest.sort((a, b) => b.ms - a.ms);
  return {
    times: times.sort((a, b) => a - b),
    slowest: slowest.slice(0, 8),
    failures,
    seconds: (performance.now() - started) / 1000,
  };
}

type ServerDelay = ReturnType<typeof import('../src/health/event-loop-delay').readEventLoopDelay>;

/** The server's own event-loop delay since the previous reading (health.eventLoopDelay, administrators only). */
async function readEventLoopDelay(admin: string): Promise<ServerDelay> {
  const response = await fetch(`${base}/trpc/health.eventLoopDelay`, {
    method: 'POST',
    headers: { cookie: admin, 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`health.eventLoopDelay: ${response.status}`);
  return ((await response.json()) as { result: { data: ServerDelay } }).result.data;
}

/** Runs the users through one phase and prints their calls' figures and the server's event-loop delay meanwhile. */
async function runPhase(phase: string, cookies: Parameters<typeof runUsers>[0], admin: string, until: () => boolean) {
  await readEventLoopDelay(admin);
  // The simulated users share the machine with the server: their own process's delays and CPU are
  // part of every time measured, so they are printed too.
  const clientDelay = monitorEventLoopDelay({ resolution: 10 });
  clientDelay.enable();
  const clientCpu = process.cpuUsage();
  const { times, slowest, failures, seconds } = await runUsers(cookies, until);
  clientDelay.disable();
  const { user, system } = process.cpuUsage(clientCpu);
  const delay = await readEventLoopDelay(admin);
  if (times.length === 0) {
    console.log(`${phase}: over before any call`);
    return;
  }
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
  console.log(
    `${phase}: ${times.length} calls in ${seconds.toFixed(1)} s (${(times.length / seconds).toFixed(0)} requests/s), ` +
      `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${times.at(-1)!.toFixed(0)} ms` +
      (failures ? `, ${failures} failed` : '') +
      `; server event-loop delay p99 ${delay.p99Ms} ms, max ${delay.maxMs} ms; ` +
      `request thread busy ${(delay.busyMs / 1000).toFixed(1)} s; ` +
      // CPU time: comparable between runs on a busy machine, unlike the wall-clock figures. At rest
      // nearly all of it is the request thread's; in (b) and (c) the import and measure workers' too.
      `server CPU ${(delay.cpuMs / 1000).toFixed(1)} s (${(delay.cpuMs / times.length).toFixed(1)} ms per call)`,
  );
  console.log(
    `  the users' own process: CPU ${((user + system) / 1e6).toFixed(1)} s, ` +
      `event-loop delay p99 ${(clientDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(clientDelay.max / 1e6).toFixed(0)} ms`,
  );
  if (slowest.length > 0) {
    const list = slowest.map((s) => `${s.call} ${s.ms.toFixed(0)} ms at ${(s.atMs / 1000).toFixed(1)} s`);
    console.log(`  slowest calls over 150 ms: ${list.join('; ')}`);
  }
}

/** Has the recompute job stored every dashboard period of the current data version? */
async function recomputed(): Promise<boolean> {
  const version = await currentDataVersion(db);
  const job = await db
    .selectFrom('measure_jobs')
    .select('finished_at')
    .where('data_version', '=', version)
    .executeTakeFirst();
  return Boolean(job?.finished_at);
}

async function waitFor(check: () => Promise<boolean>) {
  const started = performance.now();
  while (!(await check()) && performance.now() - started < PHASE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A placements file of `ROWS` new placements of the demo's own trainees at its own organisations. */
async function writePlacementsFile(): Promise<string> {
  const trainees = (await db.selectFrom('trainees').select('gmc_number').execute()).map((t) => t.gmc_number);
  const organisations = (await db.selectFrom('organisations').select('code').execute()).map((o) => o.code);
  const file = path.join(dir, 'placements.csv');
  const out = fs.createWriteStream(file);
  out.write('placement_id,gmc_number,organisation_code,grade,specialty,start_date,end_date,wte\n');
  const day = (n: number) => new Date(Date.UTC(2022, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < ROWS; i++) {
    const line = `LOAD${String(i).padStart(8, '0')},${trainees[i % trainees.length]},${organisations[i % organisations.length]},${GRADES[i % GRADES.length]},General Surgery,${day(i % 1400)},${day((i % 1400) + 90)},1.0\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

try {
  if (process.env.BENCH_DATABASE_PATH) fs.copyFileSync(process.env.BENCH_DATABASE_PATH, dbPath);
  await migrateToLatest(db);
  if (!process.env.BENCH_DATABASE_PATH) {
    process.stderr.write('building the national demo data set…\n');
    await buildDemoDatabase(db);
  }
  const placementsFile = await writePlacementsFile();
  await startServer();
  process.stderr.write('waiting for the stored measures of the demo data…\n');
  await waitFor(recomputed);
  const cookies = [
    { cookie: await signIn('national@ldm.example', 'national-demo'), localityCode: 'NW' },
    ...(await Promise.all(
      LOCALITY_CODES.slice(0, 6).map(async (code) => ({
        cookie: await signIn(`dean.${code.toLowerCase()}@ldm.example`, `dean-${code.toLowerCase()}-demo`),
        localityCode: code,
      })),
    )),
  ];
  const admin = await signIn('admin@ldm.example', 'admin-demo');

  // Untimed, one round of every call by every user: the users' own process starts cold (its
  // connections, its compiled code), and its first calls took up to 0.7 s while the server's
  // request log showed each answered within 40 ms. The server's first calls are in the round too.
  let warmUpCalls = 0;
  await runUsers(cookies, () => warmUpCalls++ >= USERS * dashboardCalls('NW').length);
  const restEnds = performance.now() + AT_REST_MS;
  await runPhase('(a) at rest', cookies, admin, () => performance.now() > restEnds);

  const form = new FormData();
  form.append('file', await fs.openAsBlob(placementsFile), 'placements.csv');
  const upload = await fetch(`${base}/api/imports/upload`, { method: 'POST', headers: { cookie: admin }, body: form });
  if (!upload.ok) throw new Error(`upload failed: ${upload.status} ${await upload.text()}`);
  const { uploadId } = (await upload.json()) as { uploadId: string };
  let committed = false;
  const commit = fetch(`${base}/trpc/import.commit`, {
    method: 'POST',
    headers: { cookie: admin, 'content-type': 'application/json' },
    // The administrator may import every locality's rows; the page's locality is any one.
    body: JSON.stringify({ uploadId, kind: 'placements', localityCode: 'NE' }),
  }).then(async (response) => {
    committed = true;
    if (!response.ok) throw new Error(`commit failed: ${response.status} ${(await response.text()).slice(0, 500)}`);
  });
  await runPhase(`(b) while ${ROWS} placements are committed`, cookies, admin, () => committed);
  await commit;

  let recomputeDone = false;
  const recompute = waitFor(recomputed).then(() => {
    recomputeDone = true;
  });
  await runPhase('(c) during the recomputation', cookies, admin, () => recomputeDone);
  await recompute;

  await stopServer();
  const restarted = performance.now();
  await startServer();
  const cookie = await signIn('national@ldm.example', 'national-demo');
  const sent = performance.now();
  const overview = await fetch(query('measure.national', { period: PERIOD }), { headers: { cookie } });
  if (!overview.ok) throw new Error(`national overview after restart: ${overview.status}`);
  console.log(
    `restarted server: answering after ${((sent - restarted) / 1000).toFixed(1)} s; ` +
      `first national overview from stored figures in ${(performance.now() - sent).toFixed(0)} ms`,
  );
} finally {
  await stopServer();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
