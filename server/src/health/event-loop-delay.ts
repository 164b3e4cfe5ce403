/**
 * How long the event loop was held up (issue 18: never more than 50 ms by measure work). A
 * histogram sampled every 10 ms costs next to nothing; each reading covers the time since the
 * previous one (or since the server started), so a bench can read one phase at a time.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
let since = Date.now();

/** Starts sampling: called once by the server process (tests and the CLI never start it). */
export function startEventLoopDelayMonitor(): void {
  histogram.enable();
}

const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e4) / 100;

/** Percentiles and maximum of the delay since the previous reading, in milliseconds; starts a new window. */
export function readEventLoopDelay() {
  const reading = {
    since: new Date(since).toISOString(),
    samples: histogram.count,
    p50Ms: histogram.count ? ms(histogram.percentile(50)) : 0,
    p99Ms: histogram.count ? ms(histogram.percentile(99)) : 0,
    maxMs: histogram.count ? ms(histogram.max) : 0,
  };
  histogram.reset();
  since = Date.now();
  return reading;
}
