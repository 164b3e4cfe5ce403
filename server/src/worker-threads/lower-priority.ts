/**
 * Worker threads (measure computation, imports) run at a lower scheduling priority than the
 * server's request thread. On a machine with as many busy threads as cores, a worker's long
 * computation otherwise takes an equal share of a core from the request thread, and every
 * dashboard call waits behind it; at nice 10 Linux gives the request thread about nine tenths of a
 * contended core, and the worker still has every idle cycle.
 */
import fs from 'node:fs';
import os from 'node:os';

export const WORKER_NICENESS = 10;

/**
 * Lowers the calling thread's priority (Linux: a thread's nice value is its own, set through its
 * thread id). Elsewhere, or where the system refuses, the thread keeps its priority.
 */
export function lowerThisThreadsPriority(niceness = WORKER_NICENESS): boolean {
  try {
    // `/proc/thread-self` links to `<pid>/task/<tid>`.
    const threadId = Number(fs.readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(threadId)) return false;
    os.setPriority(threadId, niceness);
    return true;
  } catch {
    return false;
  }
}
