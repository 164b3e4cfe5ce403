// Piscina loads a worker by file name with Node's own loader, which cannot read TypeScript (and
// under vitest the parent's tsx hooks are not inherited), so this plain module registers tsx in the
// worker thread first, then loads the worker proper.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./measure-worker.ts');

export default worker.default;
