import { describe, expect, it } from 'vitest';
import { readEventLoopDelay, startEventLoopDelayMonitor } from './event-loop-delay';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function holdEventLoop(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: nothing else runs on this thread meanwhile
  }
}

describe('event-loop delay', () => {
  it('shows a 150 ms hold-up in the reading that covers it, and not in the next one', async () => {
    startEventLoopDelayMonitor();
    await tick(100);
    readEventLoopDelay();
    await tick(30);
    holdEventLoop(150);
    await tick(100);
    const held = readEventLoopDelay();
    expect(held.maxMs).toBeGreaterThanOrEqual(140);
    // The hold-up kept the loop busy for at least its 150 ms (a busy machine may add some).
    expect(held.busyMs).toBeGreaterThanOrEqual(145);
    // Spinning is CPU time too (how much depends on how long a busy machine let this thread run).
    expect(held.cpuMs).toBeGreaterThan(0);
    expect(held.samples).toBeGreaterThan(0);
    await tick(100);
    // The busy machine may delay a timer by tens of milliseconds, never by the 150 ms hold-up again.
    expect(readEventLoopDelay().maxMs).toBeLessThan(140);
  });
});
