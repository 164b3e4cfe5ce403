/**
 * One setup helper for database tests, per dialect: SQLite in a temporary file by default, or a
 * fresh PostgreSQL database when `DATABASE_URL` is set (the suite's second pass in CI).
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Period, WORKPLACE_PRACTICE_CODES } from '@ldm/shared';
import type { Insertable, Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type DatabaseConfig, openDatabase } from './connection';
import { insertRows } from './demo/insert-rows';
import { migrateToLatest } from './migrate';
import { DATA_TABLES_PARENTS_FIRST, type Database, type DataTable } from './schema';

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

/** A test database held by hooks: read its fields inside hooks and tests, not when the tests are declared. */
export type HeldTestDatabase = Omit<TestDatabase, 'destroy'>;

/**
 * A fresh database for one describe block (or file): created before its tests, and before the block's own
 * `beforeAll` hooks (which may seed it), destroyed after them.
 */
export function testDatabaseForSuite(options: { migrate?: boolean } = {}): HeldTestDatabase {
  return heldTestDatabase(beforeAll, afterAll, options);
}

/** A fresh database for each test of the block (or file): for tests whose writes the next test must not see. */
export function testDatabaseForEachTest(options: { migrate?: boolean } = {}): HeldTestDatabase {
  return heldTestDatabase(beforeEach, afterEach, options);
}

function heldTestDatabase(
  before: (hook: () => Promise<void>) => void,
  after: (hook: () => Promise<void>) => void,
  options: { migrate?: boolean },
): HeldTestDatabase {
  let test: TestDatabase | undefined;
  before(async () => {
    test = await createTestDatabase(options);
  });
  after(async () => {
    await test?.destroy();
    test = undefined;
  });
  const ready = () => {
    if (!test) throw new Error('the test database is read outside its hooks and tests');
    return test;
  };
  return {
    get db() {
      return ready().db;
    },
    get config() {
      return ready().config;
    },
    get dialect() {
      return ready().dialect;
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

// Row builders: fixtures name what their test is about, not every empty column; `fields` overrides.

export function traineeRow(
  gmc_number: string,
  fields: Partial<Insertable<Database['trainees']>> = {},
): Insertable<Database['trainees']> {
  return { gmc_number, forenames: null, surname: null, sex: null, ethnic_group: null, qualification: null, ...fields };
}

/** A placement of one whole-time year, 2024-08-07 to 2025-08-05 (financial year 2024-25), unless `fields` says otherwise. */
export function placementRow(
  gmc_number: string,
  organisation_code: string,
  grade: string,
  fields: Partial<Insertable<Database['placements']>> = {},
): Insertable<Database['placements']> {
  return {
    placement_id: `P${gmc_number}`,
    gmc_number,
    organisation_code,
    programme_code: null,
    grade,
    specialty: null,
    start_date: '2024-08-07',
    end_date: '2025-08-05',
    wte: 1,
    ...fields,
  };
}

/** An offer with only its code, scope (null: national) and tier; its descriptive columns are empty. */
export function offerRow(
  code: string,
  scope_locality_code: string | null,
  tier: number,
  fields: Partial<Insertable<Database['offers']>> = {},
): Insertable<Database['offers']> {
  return {
    code,
    title: `Offer ${code}`,
    provider: 'Provider',
    provider_type: null,
    scope_locality_code,
    tier,
    mode: null,
    capacity: null,
    multiprofessional: null,
    access: null,
    funding: null,
    delivery: null,
    description: null,
    url: null,
    ...fields,
  };
}

/** A participation still enrolled (no end date), unless `fields` says otherwise. */
export function participationRow(
  gmc_number: string,
  cohort_code: string,
  start_date: string,
  fields: Partial<Insertable<Database['participations']>> = {},
): Insertable<Database['participations']> {
  return { gmc_number, cohort_code, status: 'enrolled', start_date, end_date: null, ...fields };
}

/** An organisation's workplace practices in a year: the first `provided` of the §10 columns, or those named. */
export function practiceRecordRow(
  organisation_code: string,
  year: string,
  provided: number | readonly string[],
): Insertable<Database['workplace_practice_records']> {
  const has = (code: string, index: number) =>
    typeof provided === 'number' ? index < provided : provided.includes(code);
  return {
    organisation_code,
    year,
    ...Object.fromEntries(WORKPLACE_PRACTICE_CODES.map((code, index) => [code, has(code, index) ? 1 : 0])),
  } as Insertable<Database['workplace_practice_records']>;
}

/** A target set by the system (no user) for a locality's measure in a period. */
export function measureTargetRow(
  measure_code: string,
  locality_code: string,
  period: string,
  value: number,
): Insertable<Database['measure_targets']> {
  return { measure_code, locality_code, period, value, set_by: null, set_at: '2025-01-01T00:00:00.000Z' };
}

/**
 * NE and YH with a trust each (NE1, YH1): `inNE` trainees in F1 at NE1, then `inYH` in ST4 at YH1, GMC numbers `gmc(0)`,
 * `gmc(1)`…; a national tier-1 offer NAT for `nationalStages` (cohort NAT-24, calendar 2024, 100 places) and NE's tier-2
 * offer NEO for foundation (cohort NEO-24, 2024-09-01 to 2025-06-30, 20 places) that the first `enrolledInNE` join.
 */
export function neAndYhRows(options: {
  gmc: (i: number) => string;
  inNE: number;
  inYH: number;
  enrolledInNE: number;
  nationalStages: readonly string[];
}) {
  const trainees = Array.from({ length: options.inNE + options.inYH }, (_, i) => options.gmc(i));
  return {
    organisations: [
      { code: 'NE1', name: 'NE Trust', type: 'trust', locality_code: 'NE' },
      { code: 'YH1', name: 'YH Trust', type: 'trust', locality_code: 'YH' },
    ],
    trainees: trainees.map((g) => traineeRow(g)),
    placements: trainees.map((g, i) =>
      i < options.inNE ? placementRow(g, 'NE1', 'F1') : placementRow(g, 'YH1', 'ST4'),
    ),
    offers: [offerRow('NAT', null, 1), offerRow('NEO', 'NE', 2)],
    offer_stages: [
      ...options.nationalStages.map((stage_code) => ({ offer_code: 'NAT', stage_code })),
      { offer_code: 'NEO', stage_code: 'foundation' },
    ],
    cohorts: [
      { code: 'NAT-24', offer_code: 'NAT', start_date: '2024-01-01', end_date: '2024-12-31', places: 100 },
      { code: 'NEO-24', offer_code: 'NEO', start_date: '2024-09-01', end_date: '2025-06-30', places: 20 },
    ],
    participations: trainees.slice(0, options.enrolledInNE).map((g) => participationRow(g, 'NEO-24', '2024-09-01')),
  } satisfies SeedRows;
}

/**
 * Uptake quarter by quarter: a national foundation offer `NAT` with a cohort each quarter (`C-<quarter>`, 500 places)
 * and, per locality, `inPost` trainees in F1 at its trust `<locality>1` from `since` to 2025-03-31, of whom the first
 * `enrolled[q]` join quarter q's cohort as it starts. GMC numbers are `<locality>00000`, `<locality>00001`….
 */
export function quarterlyUptakeRows(
  quarters: readonly Period[],
  localities: Record<string, { inPost: number; since: string; enrolled: readonly number[] }>,
): SeedRows {
  const gmc = (locality: string, i: number) => `${locality}${String(i).padStart(5, '0')}`;
  const people = Object.entries(localities).flatMap(([locality, { inPost, since }]) =>
    Array.from({ length: inPost }, (_, i) => ({ locality, since, gmc: gmc(locality, i) })),
  );
  return {
    organisations: Object.keys(localities).map((l) => ({
      code: `${l}1`,
      name: `${l} Trust`,
      type: 'trust',
      locality_code: l,
    })),
    trainees: people.map((p) => traineeRow(p.gmc)),
    placements: people.map((p) =>
      placementRow(p.gmc, `${p.locality}1`, 'F1', { start_date: p.since, end_date: '2025-03-31' }),
    ),
    offers: [offerRow('NAT', null, 1)],
    offer_stages: [{ offer_code: 'NAT', stage_code: 'foundation' }],
    cohorts: quarters.map((q) => ({
      code: `C-${q.label}`,
      offer_code: 'NAT',
      start_date: q.from,
      end_date: q.to,
      places: 500,
    })),
    participations: Object.entries(localities).flatMap(([locality, { enrolled }]) =>
      quarters.flatMap((quarter, q) =>
        Array.from({ length: enrolled[q] ?? 0 }, (_, i) =>
          participationRow(gmc(locality, i), `C-${quarter.label}`, quarter.from),
        ),
      ),
    ),
  };
}

export type SeedRows = { [T in DataTable]?: readonly Insertable<Database[T]>[] };

/** Inserts a fixture's rows table by table, parents first, so a fixture lists them in any order. */
export async function seedRows(db: Kysely<Database>, rows: SeedRows): Promise<void> {
  for (const table of DATA_TABLES_PARENTS_FIRST) {
    await insertRows(db, table, (rows[table] ?? []) as readonly Insertable<Database[typeof table]>[]);
  }
}
