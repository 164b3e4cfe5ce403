/**
 * Where measure computation runs. A server attaches a pool of worker threads to its database
 * handle (`attachMeasureWorkers`), and every computation of that handle runs there, off the event
 * loop. Without a pool (the CLI, unit tests) it runs in the calling thread: same code, same store.
 */
import type { Database, DatabaseConfig } from '@ldm/db';
import type { Kysely } from 'kysely';
import { Piscina } from 'piscina';
import {
  computeAndStore,
  findLocalityTrainees,
  type LocalityTraineesTask,
  type MeasureTask,
} from './compute-and-store';

// Untyped: the pool runs two kinds of task (see measure-worker.ts), typed by the functions below.
const pools = new WeakMap<Kysely<Database>, Piscina>();

/**
 * Two threads: the recompute job keeps at most one task in the pool at a time, so a period a
 * request is waiting for always finds a free thread instead of queueing behind the job ("computed
 * first"). Idle threads end after five minutes, so a quiet server holds no loaded rows. Not
 * sooner: a thread's start (loading and compiling its modules) and its end (its heap torn down)
 * each cost hundreds of ms of CPU, and with a one-minute timeout they fell on the moments users
 * feel — the end a minute after the recompute, the start when an import's new data version
 * appeared; in bench:load the slowest call of (b) fell from 315 ms to 206-241 ms. The price: for
 * those five minutes the process keeps the threads' memory (about 400 MB more RSS after a full
 * recompute). Returns the function that stops the pool.
 */
export function attachMeasureWorkers(db: Kysely<Database>, config: DatabaseConfig): () => Promise<void> {
  if (config.kind === 'sqlite' && config.path === ':memory:') return async () => undefined;
  const pool = new Piscina({
    filename: new URL('../worker-threads/typescript-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 300_000,
    workerData: { config, module: new URL('./measure-worker.ts', import.meta.url).href },
  });
  pools.set(db, pool);
  return async () => {
    pools.delete(db);
    await pool.destroy();
  };
}

/** Computes and stores `task`'s periods; resolves with the data version they were computed from. */
export function runMeasureTask(db: Kysely<Database>, task: MeasureTask): Promise<number> {
  const pool = pools.get(db);
  return pool ? pool.run(task) : computeAndStore(db, task);
}

/** A locality's trainees in post in a period, with the data version they were read at. */
export function runLocalityTraineesTask(
  db: Kysely<Database>,
  task: LocalityTraineesTask,
): ReturnType<typeof findLocalityTrainees> {
  const pool = pools.get(db);
  return pool ? pool.run(task) : findLocalityTrainees(db, task);
}
