/**
 * A measure worker thread: opens its own handle on the database named by the pool's workerData and
 * runs compute-and-store tasks, so loading and sweeping never block the server's event loop.
 */
import { workerData } from 'node:worker_threads';
import { type DatabaseConfig, openDatabase } from '@ldm/db';
import { computeAndStore, type MeasureTask } from './compute-and-store';

const db = openDatabase((workerData as { config: DatabaseConfig }).config);

export default function runMeasureTask(task: MeasureTask): Promise<number> {
  return computeAndStore(db, task);
}
