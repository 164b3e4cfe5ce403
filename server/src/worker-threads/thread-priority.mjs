// Plain JavaScript, so a worker can lower its priority before tsx is registered (typescript-worker.mjs).
import fs from 'node:fs';
import os from 'node:os';

/**
 * Work in the background (measure computation, imports, and the threads that help them) runs
 * below the request thread's priority, at nice 10. On a machine with as many busy threads as
 * cores, background work otherwise takes an equal share of a core from the request thread, and
 * every dashboard call waits behind it; at nice 10 Linux gives the request thread about nine
 * tenths of a contended core, and the background still has every idle cycle. Nice 10 rather than
 * 19: an import still has to keep its own pace (PRODUCT.md's ≥ 10,000 rows/s) on a busy machine.
 */
export const BACKGROUND_NICENESS = 10;

/** This thread's id: on Linux a thread's nice value is its own, set through it (`/proc/thread-self` → `<pid>/task/<tid>`). */
function threadId() {
  return Number(fs.readlinkSync('/proc/thread-self').split('/').at(-1));
}

function runInBackground(tid) {
  try {
    os.setPriority(tid, BACKGROUND_NICENESS);
  } catch {
    // Refused: the thread keeps its priority.
  }
}

/** Lowers the calling thread's priority; threads it starts afterwards inherit it. Not on Linux: nothing. */
export function runThisThreadInBackground() {
  if (process.platform === 'linux') runInBackground(threadId());
}

/**
 * Lowers every other thread the process has now; called by the request thread as the server
 * starts. They are V8's platform threads (compilation and garbage-collection helpers shared by
 * every isolate in the process, the workers' too) and Node's own. In bench:load, most of their
 * work was for the workers' large heaps, and at the request thread's priority the four of them
 * took up to 1.6 cores from it for 100 ms at a time (sampled from each thread's schedstat in /proc).
 * Threads the request thread starts later (worker threads, libuv's pool) inherit its priority.
 */
export function runHelperThreadsInBackground() {
  if (process.platform !== 'linux') return;
  const self = threadId();
  for (const tid of fs.readdirSync('/proc/self/task')) if (Number(tid) !== self) runInBackground(Number(tid));
}
