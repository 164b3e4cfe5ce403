/**
 * A measure worker thread: opens its own handle on the database named by the pool's workerData and
 * runs compute-and-store tasks, so loading and sweeping never block the server's event loop.
 */
import { workerData } from 'node:worker_threads';
import { type DatabaseConfig, openDatabase } from '@ldm/db';
import {
  computeAndStore,
  findLocalityTrainees,
  type LocalityTraineesTask,
  type MeasureTask,
} from './compute-and-store';

const db = openDatabase((workerData as { config: DatabaseConfig }).config);

/** Both kinds of task come through the one default export the worker loader calls. */
export default function runMeasureTask(task: MeasureTask | LocalityTraineesTask) {
  return 'localityCode' in task ? findLocalityTrainees(db, task) : computeAndStore(db, task);
}
