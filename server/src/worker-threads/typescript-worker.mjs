// Piscina loads a worker by file name with Node's own loader, which cannot read TypeScript (and
// under vitest the parent's tsx hooks are not inherited), so this plain module registers tsx in the
// worker thread first, then loads the worker proper: the module named by the pool's
// workerData.module (a file URL), whose default export handles each task.
import { workerData } from 'node:worker_threads';
import { runThisThreadInBackground } from './thread-priority.mjs';

// Every server worker thread runs in the background (thread-priority.mjs says why), from its first
// moment: besides Node's own module, the only static import is that small one, so tsx is loaded
// and compiled (a static import would have been, before this line ran) at the background
// priority. The threads this one starts inherit it: `register()` starts a thread of its own for
// tsx's module hooks, which compiles every module the worker loads.
runThisThreadInBackground();

const { register } = await import('tsx/esm/api');
register();
const worker = await import(workerData.module);

export default worker.default;
