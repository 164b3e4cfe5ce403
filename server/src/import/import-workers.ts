/**
 * Where the dashboard's imports run (issue 18: nothing heavy on the request thread). A server
 * attaches a worker thread to its database handle (`attachImportWorkers`); every check and commit
 * of an uploaded file on that handle then runs there — validation, application and the change
 * log — on the worker's own connection, so the event loop stays free during a million-row commit.
 * Without a worker (the CLI, unit tests) the same code runs in the calling thread.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { Database, DatabaseConfig } from '@ldm/db';
import type { Kysely } from 'kysely';
import { Piscina } from 'piscina';
import { DomainError, type DomainErrorCode } from '../errors';
import type { Actor } from '../ownership/rules';
import { readStoredFile } from './file-store';
import type { ImportKind } from './import-kinds';
import type { ImportProgress } from './progress';
import { type ImportResult, runImport } from './service';

/** An import of a file already stored in the database (an upload): everything a worker needs, all cloneable. */
export interface ImportTask {
  kind: ImportKind;
  fileName: string;
  storedFileId: string;
  actor: Actor;
  dryRun: boolean;
  /** Where a worker posts the import's progress. */
  progressPort?: MessagePort;
}

/** A refusal crosses the thread boundary as data: an Error thrown in a worker arrives without its code. */
export type ImportTaskOutcome = { result: ImportResult } | { refused: { code: DomainErrorCode; message: string } };

const pools = new WeakMap<Kysely<Database>, Piscina<ImportTask, ImportTaskOutcome>>();

/**
 * Two threads, so a check is not queued behind a long commit (commits wait for each other on the
 * database's own lock). Idle threads end, so a quiet server holds no import's memory. Returns the
 * function that stops the pool.
 */
export function attachImportWorkers(db: Kysely<Database>, config: DatabaseConfig): () => Promise<void> {
  if (config.kind === 'sqlite' && config.path === ':memory:') return async () => undefined;
  const pool = new Piscina<ImportTask, ImportTaskOutcome>({
    filename: new URL('../worker-threads/typescript-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 60_000,
    workerData: { config, module: new URL('./import-worker.ts', import.meta.url).href },
    // Caps the worker's heap: an import's working set is small (its key set lives outside the
    // heap, key-lines.ts; the heap peaked at ~64 MB in bench:import), so 128 MB leaves room for a
    // wholly wrong file's kept problems while a runaway task cannot take the server's memory.
    // A small young generation: an import's objects are short-lived (a row, a batch), and V8's
    // default reserved ~20 MB more of the process's RSS for them; on 1M placements 8 MB cost no
    // measurable CPU (59.7 CPU s against 63.3 with 16 MB, busy machine).
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 },
  });
  pools.set(db, pool);
  return async () => {
    pools.delete(db);
    await pool.destroy();
  };
}

/** Validates (and unless a dry run, applies) a stored file, in the handle's worker when it has one. */
export async function runImportTask(
  db: Kysely<Database>,
  task: Omit<ImportTask, 'progressPort'>,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  const pool = pools.get(db);
  if (!pool) return resultOf(await importStoredFile(db, task, onProgress));
  const { port1, port2 } = new MessageChannel();
  port1.on('message', onProgress);
  try {
    return resultOf(await pool.run({ ...task, progressPort: port2 }, { transferList: [port2] }));
  } finally {
    port1.close();
  }
}

/** The one import of a stored file, run by the worker and by the calling thread alike. */
export async function importStoredFile(
  db: Kysely<Database>,
  task: Omit<ImportTask, 'progressPort'>,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportTaskOutcome> {
  try {
    const result = await runImport(db, {
      kind: task.kind,
      fileName: task.fileName,
      source: readStoredFile(db, task.storedFileId),
      storedFileId: task.storedFileId,
      actor: task.actor,
      dryRun: task.dryRun,
      // The dashboard's check: the server, not the page, keeps who tried to load what.
      recordRejectedDryRun: true,
      onProgress,
    });
    return { result };
  } catch (error) {
    if (error instanceof DomainError) return { refused: { code: error.code, message: error.message } };
    throw error;
  }
}

function resultOf(outcome: ImportTaskOutcome): ImportResult {
  if ('refused' in outcome) throw new DomainError(outcome.refused.code, outcome.refused.message);
  return outcome.result;
}
