/**
 * `pnpm bench:import`: generates a one-million-row placements file (and the organisations and
 * trainees it references) and imports all three into a temporary SQLite database the dashboard's
 * way: each file is stored as an upload is, then checked and applied in the import worker thread
 * (import-workers.ts, its own connection) by the same `runImport` as the CLI. Prints rows per
 * second (wall clock and per CPU second) and the peak RSS of the whole process, worker included.
 * `ROWS=…` changes the size; `ERRORS=1` makes every placement row wrong twice (an unknown
 * organisation, a wte out of range), to show that a wholly wrong file stays bounded too.
 */

import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseConfig, migrateToLatest, openDatabase } from '@ldm/db';
import { GRADES, LOCALITY_CODES } from '@ldm/shared';
import { storeFile } from '../src/import/file-store';
import type { ImportKind } from '../src/import/import-kinds';
import { attachImportWorkers, runImportTask } from '../src/import/import-workers';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const ERRORS = process.env.ERRORS === '1';
const TRAINEES = 50_000;
const ORGANISATIONS = 400;

const peakRssOfPhase = { validate: 0, apply: 0 };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-bench-import-'));
const config: DatabaseConfig = { kind: 'sqlite', path: path.join(dir, 'bench.sqlite') };
const db = openDatabase(config);
const stopWorkers = attachImportWorkers(db, config);

async function writeLines(file: string, header: string, count: number, line: (i: number) => string): Promise<string> {
  const out = fs.createWriteStream(path.join(dir, file));
  out.write(`${header}\n`);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${line(i)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path.join(dir, file);
}

const gmc = (i: number) => String(7_000_000 + i);
const isoDay = (days: number) => new Date(Date.UTC(2020, 3, 1) + days * 86_400_000).toISOString().slice(0, 10);

async function timeImport(kind: ImportKind, file: string, expected: 'applied' | 'rejected' = 'applied'): Promise<void> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let lastPhase = '';
  const stored = await storeFile(db, randomBytes(16).toString('hex'), file, {
    fileName: path.basename(file),
    userId: null,
  });
  const result = await runImportTask(
    db,
    { kind, fileName: stored.fileName, storedFileId: stored.id, actor: null, dryRun: false },
    (p) => {
      peakRssOfPhase[p.phase] = Math.max(peakRssOfPhase[p.phase], process.memoryUsage.rss());
      if (kind === 'placements' && p.phase !== lastPhase) process.stderr.write(`\n  ${(lastPhase = p.phase)}: `);
      if (kind === 'placements') process.stderr.write(`${Math.floor((100 * p.bytesRead) / p.totalBytes)}% `);
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (result.status !== expected)
    throw new Error(`${kind}: ${result.status} ${JSON.stringify(result.problems.slice(0, 5))}`);
  if (expected === 'rejected')
    process.stdout.write(`${kind}: ${result.problemCount} problems, ${result.problems.length} kept\n`);
  const rows =
    expected === 'rejected'
      ? result.rowsRead
      : result.counts.inserted + result.counts.updated + result.counts.unchanged;
  process.stdout.write(
    `${kind}: ${rows} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s (validate + apply); ` +
      `CPU ${cpuSeconds.toFixed(1)} s = ${Math.round(rows / cpuSeconds)} rows per CPU second (the figure to compare on a busy machine)\n`,
  );
}

try {
  await migrateToLatest(db);
  const generated = performance.now();
  const organisations = await writeLines(
    'organisations.csv',
    'code,name,type,locality',
    ORGANISATIONS,
    (i) => `ORG${i},Organisation ${i},trust,${LOCALITY_CODES[i % LOCALITY_CODES.length]}`,
  );
  const trainees = await writeLines(
    'trainees.csv',
    'gmc_number,forenames,surname,sex',
    TRAINEES,
    (i) => `${gmc(i)},Forename${i},Surname${i},${i % 2 ? 'male' : 'female'}`,
  );
  const placements = await writeLines(
    'placements.csv',
    'placement_id,gmc_number,organisation_code,grade,specialty,start_date,end_date,wte',
    ROWS,
    (i) =>
      `PL${String(i).padStart(8, '0')},${gmc(i % TRAINEES)},${ERRORS ? 'NOORG' : 'ORG'}${i % ORGANISATIONS},${GRADES[i % GRADES.length]},General Surgery,` +
      `${isoDay(i % 1500)},${isoDay((i % 1500) + 180)},${ERRORS ? '1.5' : i % 5 ? '1.0' : '0.6'}`,
  );
  const megabytes = (fs.statSync(placements).size / 1e6).toFixed(0);
  process.stdout.write(
    `generated ${ROWS} placements (${megabytes} MB) in ${((performance.now() - generated) / 1000).toFixed(1)} s\n`,
  );
  await timeImport('organisations', organisations);
  await timeImport('trainees', trainees);
  await timeImport('placements', placements, ERRORS ? 'rejected' : 'applied');
  process.stderr.write('\n');
  // maxRSS is in kilobytes: the peak over the whole run, generation included.
  process.stdout.write(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  process.stdout.write(
    `peak RSS sampled in validate: ${mb(peakRssOfPhase.validate)} MB, in apply: ${mb(peakRssOfPhase.apply)} MB\n`,
  );
} finally {
  await stopWorkers();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
