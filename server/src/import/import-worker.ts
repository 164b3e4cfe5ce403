/**
 * The import worker thread: opens its own handle on the database named by the pool's workerData
 * and validates and applies stored files there, so a million-row commit never blocks the server's
 * event loop. Progress goes back to the server through the task's port.
 */
import { workerData } from 'node:worker_threads';
import { type DatabaseConfig, openDatabase } from '@ldm/db';
import { type ImportTask, type ImportTaskOutcome, importStoredFile } from './import-workers';

const db = openDatabase((workerData as { config: DatabaseConfig }).config);

export default async function runImportTask(task: ImportTask): Promise<ImportTaskOutcome> {
  try {
    return await importStoredFile(db, task, (progress) => task.progressPort?.postMessage(progress));
  } finally {
    task.progressPort?.close();
  }
}
