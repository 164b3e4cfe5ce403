/**
 * First run on a fresh clone: an embedded SQLite database without trainees gets the national demo
 * data set before the dashboard serves, so `npm start` shows a full dashboard. PostgreSQL
 * deployments are never filled behind the operator's back (they run `pnpm cli demo` if they want it).
 */

import type { Database, DatabaseConfig } from '@ldm/db';
import type { Kysely } from 'kysely';
import { buildDemoDatabase } from './build-demo-database';

export async function ensureDemoData(db: Kysely<Database>, config: DatabaseConfig): Promise<void> {
  if (config.kind !== 'sqlite') return;
  const trainee = await db.selectFrom('trainees').select('gmc_number').limit(1).executeTakeFirst();
  if (trainee) return;
  console.error(`No trainees in ${config.path}: building the national demo data set first (under a minute) …`);
  await buildDemoDatabase(db);
}
