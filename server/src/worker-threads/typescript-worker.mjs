// Piscina loads a worker by file name with Node's own loader, which cannot read TypeScript (and
// under vitest the parent's tsx hooks are not inherited), so this plain module registers tsx in the
// worker thread first, then loads the worker proper: the module named by the pool's
// workerData.module (a file URL), whose default export handles each task.
import fs from 'node:fs';
import os from 'node:os';
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

/**
 * Every server worker thread (measure computation, imports) runs below the request thread's
 * priority, at nice 10. On a machine with as many busy threads as cores, a worker's computation
 * otherwise takes an equal share of a core from the request thread, and every dashboard call
 * waits behind it; at nice 10 Linux gives the request thread about nine tenths of a contended
 * core, and the worker still has every idle cycle. Set first, so the threads this one starts
 * inherit it: `register()` starts a thread of its own for tsx's module hooks, which compiles every
 * module the worker loads. A thread's nice value is its own on Linux, set through its thread id
 * (`/proc/thread-self` links to `<pid>/task/<tid>`); elsewhere the thread keeps its priority.
 */
const WORKER_NICENESS = 10;
try {
  os.setPriority(Number(fs.readlinkSync('/proc/thread-self').split('/').at(-1)), WORKER_NICENESS);
} catch {
  // Not Linux, or refused: the worker runs at the request thread's priority.
}

register();
const worker = await import(workerData.module);

export default worker.default;
