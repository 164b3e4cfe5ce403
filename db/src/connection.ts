/**
 * Opens the application database: PostgreSQL when a URL is given (`DATABASE_URL`), otherwise an
 * embedded SQLite file (`DATABASE_PATH`, default `data/ldm.sqlite` at the repository root).
 */

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type SQLiteDriver from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

/**
 * better-sqlite3 has no major that runs on both supported Node versions: 12 (the last for Node 20;
 * 13 segfaults there) aborts at exit on Node 24 — its Statement destructor calls
 * RemoveEnvironmentCleanupHook after teardown (`Assertion failed: (env) != nullptr`), fixed only by
 * 13's move to Node-API. So Node ≥ 22 loads 13 (installed as `better-sqlite3-napi`, prebuilt, no
 * compile) and Node 20 loads 12. Drop 12 and this choice with Node 20.
 */
const SQLite: typeof SQLiteDriver = createRequire(import.meta.url)(
  Number(process.versions.node.split('.')[0]) >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3',
);

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SQLITE_PATH = path.join(REPOSITORY_ROOT, 'data', 'ldm.sqlite');

/** `DATABASE_URL`, when set, wins over `DATABASE_PATH` (PRODUCT.md §9). */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'sqlite', path: env.DATABASE_PATH ? path.resolve(env.DATABASE_PATH) : DEFAULT_SQLITE_PATH };
}

// PostgreSQL returns bigint (count(*), sums) and numeric as strings; the app wants numbers.
pg.types.setTypeParser(20, (value) => Number(value));
pg.types.setTypeParser(1700, (value) => Number(value));

const ADMIN_SHUTDOWN = '57P01';

export interface OpenOptions {
  /**
   * How long a SQLite write waits for another connection's write lock. better-sqlite3 waits
   * synchronously, so a server's request thread passes a short wait (a long import's lock must not
   * stall every request); workers and tools keep the default.
   */
  busyTimeoutMs?: number;
  /**
   * Whether this SQLite connection copies the write-ahead log back into the database when one of
   * its own commits finds the log long (SQLite's automatic checkpoint). A server's request thread
   * says no: after a million-row import the log holds hundreds of MB, and its next small write (a
   * session, the recompute job's claim) would copy what the import's own checkpoint had not,
   * synchronously, holding every request. The import and measure workers, which write after every
   * data change, keep checkpointing on their own threads.
   */
  checkpoints?: boolean;
}

/** Whether `error` is SQLite's "another connection holds the write lock" after its busy wait. */
export function isDatabaseBusy(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_BUSY';
}

/**
 * Runs `write` on the handle's SQLite connection without waiting for another connection's write
 * lock: a write that meets it fails at once (`isDatabaseBusy`) instead of after the busy timeout.
 * For writes a request may skip (a session's last-seen touch): better-sqlite3 waits synchronously,
 * so even the request thread's short wait held every request for its length. On PostgreSQL, `write`
 * simply runs on the handle.
 */
export async function writeWithoutWaiting<T>(
  db: Kysely<Database>,
  write: (connection: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const sqlite = sqliteHandleOf(db);
  if (!sqlite) return write(db);
  // The connection held, so no other query runs while the wait is off.
  return db.connection().execute(async (connection) => {
    const wait = sqlite.pragma('busy_timeout', { simple: true }) as number;
    sqlite.pragma('busy_timeout = 0');
    try {
      return await write(connection);
    } finally {
      sqlite.pragma(`busy_timeout = ${wait}`);
    }
  });
}

/** Statements kept per SQLite connection, and the longest SQL text kept (multi-row inserts are not). */
const STATEMENTS_KEPT = 200;
const LONGEST_KEPT_SQL = 4_000;

/**
 * The connection as Kysely sees it, keeping compiled statements by SQL text. Kysely's SQLite
 * driver prepares every query anew, and compiling was 7% of the server's request thread in
 * bench:load (a dashboard call runs the same few queries each time). Reuse is safe: Kysely runs
 * one query at a time on the connection, and a streamed query holds it until done. Long texts
 * (a batch insert's thousands of parameters) are not kept: each holds hundreds of KB of native memory.
 */
function keepingStatements(sqlite: SQLiteDriver.Database): SqliteDatabase {
  const statements = new Map<string, SQLiteDriver.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const kept = statements.get(text);
      if (kept) {
        // Most recently used last: the first entry is the one to drop.
        statements.delete(text);
        statements.set(text, kept);
        return kept;
      }
      const statement = sqlite.prepare(text);
      if (text.length <= LONGEST_KEPT_SQL) {
        statements.set(text, statement);
        if (statements.size > STATEMENTS_KEPT) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}

export function openDatabase(
  config: DatabaseConfig = databaseConfigFromEnv(),
  { busyTimeoutMs = 5000, checkpoints = true }: OpenOptions = {},
): Kysely<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle client whose server connection ends (a restart, a dropped test database) emits
    // 'error' on the pool, which would crash the process without a listener; the pool replaces it.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== ADMIN_SHUTDOWN) console.error(`PostgreSQL idle connection lost: ${error.message}`);
    });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.path !== ':memory:') fs.mkdirSync(path.dirname(config.path), { recursive: true });
  const sqlite = new SQLite(config.path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  if (!checkpoints) sqlite.pragma('wal_autocheckpoint = 0');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: keepingStatements(sqlite) }) });
  sqliteHandles.set(db.getExecutor().adapter, sqlite);
  return db;
}

/** By Kysely adapter: a handle and its transactions share their dialect's one adapter. */
const sqliteHandles = new WeakMap<object, SQLiteDriver.Database>();

/**
 * The better-sqlite3 handle under a SQLite Kysely handle (or one of its transactions: Kysely runs
 * SQLite on one connection, so a read through it sees the transaction's snapshot); undefined on
 * PostgreSQL. Only for bulk reads whose rows Kysely would turn into objects (`.raw()` arrays).
 */
export function sqliteHandleOf(db: Kysely<Database>): SQLiteDriver.Database | undefined {
  return sqliteHandles.get(db.getExecutor().adapter);
}
