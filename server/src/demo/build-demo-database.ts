/**
 * The whole demo: the data set (db/src/demo), then users and frozen report snapshots, with a
 * summary on standard error — counts, elapsed time and the sign-ins to use.
 */

import type { Database } from '@ldm/db';
import { buildDemoData } from '@ldm/db/demo/build-demo-data';
import type { DemoOptions } from '@ldm/db/demo/generate-demo-data';
import type { Kysely } from 'kysely';
import { hashDemoUsers, insertDemoUsers } from './create-demo-users';
import { type DemoUser, listDemoUsers } from './demo-users';
import { freezeDemoReportSnapshots } from './freeze-report-snapshots';
import { setDemoBaselines } from './set-demo-baselines';

function formatUserTable(users: DemoUser[]): string {
  const rows = [
    ['email', 'password', 'role', 'locality'],
    ...users.map((u) => [u.email, u.password, u.role, u.localityCode ?? '']),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export async function buildDemoDatabase(
  db: Kysely<Database>,
  options: DemoOptions = {},
  log: (line: string) => void = console.error,
): Promise<void> {
  const started = performance.now();
  const users = listDemoUsers();
  // Hashing runs on the thread pool while the main thread generates the data.
  const hashing = hashDemoUsers(users);
  const summary = await buildDemoData(db, options, async (trx, today) => {
    await insertDemoUsers(trx, await hashing, `${today}T08:00:00.000Z`);
    await freezeDemoReportSnapshots(trx, today);
  });
  const baselines = await setDemoBaselines(db, summary.years[0]!, summary.years[summary.years.length - 1]!);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `Demo data set for ${summary.years[0]} … ${summary.years[summary.years.length - 1]} (today ${summary.today}), data version ${summary.dataVersion}:`,
  );
  log(
    Object.entries({ ...summary.counts, users: users.length, baselines })
      .map(([name, n]) => `  ${name}: ${n.toLocaleString('en-GB')}`)
      .join('\n'),
  );
  log(
    `Built in ${seconds} s (generate ${(summary.generateMs / 1000).toFixed(1)} s, write ${(summary.writeMs / 1000).toFixed(1)} s).`,
  );
  log(`Demo sign-ins (demo database only):\n${formatUserTable(users)}`);
}
