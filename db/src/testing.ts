/**
 * One setup helper for database tests, per dialect: SQLite in a temporary file by default, or a
 * fresh PostgreSQL database when `DATABASE_URL` is set (the suite's second pass in CI).
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import pg from 'pg';
import { type DatabaseConfig, openDatabase } from './connection';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

export interface TestDatabase {
  db: Kysely<Database>;
  config: DatabaseConfig;
  dialect: 'sqlite' | 'postgres';
  destroy: () => Promise<void>;
}

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  let config: DatabaseConfig;
  let dropDatabase: () => Promise<void>;
  if (adminUrl) {
    const name = `ldm_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    config = { kind: 'postgres', url: url.toString() };
    dropDatabase = () => dropTestDatabase(adminUrl, name);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-test-'));
    config = { kind: 'sqlite', path: path.join(dir, 'test.sqlite') };
    dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const db = openDatabase(config);
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    db,
    config,
    dialect: config.kind,
    destroy: async () => {
      await db.destroy();
      await dropDatabase();
    },
  };
}

/**
 * Drops a test database once the sessions of its closed pool have gone; forcing at once could
 * terminate a socket that is still closing and surface as a stray "terminating connection" error.
 * Forces only as a last resort, for a connection a test forgot to close.
 */
async function dropTestDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await admin.query('select count(*)::int as sessions from pg_stat_activity where datname = $1', [
        name,
      ]);
      if (rows[0].sessions === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

/** A trainee row with only its GMC number: fixtures name what their test is about, not every empty column. */
export function traineeRow(gmc_number: string): Insertable<Database['trainees']> {
  return { gmc_number, forenames: null, surname: null, sex: null, ethnic_group: null, qualification: null };
}
