import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const onLinux = process.platform === 'linux';

describe.skipIf(!onLinux)('the threads of a server process (Linux)', () => {
  it('runs every thread but the request thread in the background, and the threads it starts later at its own priority', () => {
    // A process of its own: lowering the helper threads of the test runner would slow the suite.
    const script = `
      import fs from 'node:fs';
      import { Worker } from 'node:worker_threads';
      import { BACKGROUND_NICENESS, runHelperThreadsInBackground } from ${JSON.stringify(new URL('./thread-priority.mjs', import.meta.url).href)};
      const nice = (tid) => { const stat = fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8'); return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]); };
      const before = fs.readdirSync('/proc/self/task');
      runHelperThreadsInBackground();
      const helpers = before.filter((tid) => Number(tid) !== process.pid).map(nice);
      const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
      await new Promise((resolve) => worker.once('online', resolve));
      const later = fs.readdirSync('/proc/self/task').filter((tid) => !before.includes(tid)).map(nice);
      console.log(JSON.stringify({ background: BACKGROUND_NICENESS, requestThread: nice(process.pid), helpers, later }));
      process.exit(0);
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(out.background).toBe(10);
    expect(out.requestThread).toBe(0);
    // V8's platform threads at least (four by default).
    expect(out.helpers.length).toBeGreaterThanOrEqual(4);
    expect(out.helpers.every((nice: number) => nice === 10)).toBe(true);
    expect(out.later.length).toBeGreaterThan(0);
    expect(out.later.every((nice: number) => nice === 0)).toBe(true);
  });
});
