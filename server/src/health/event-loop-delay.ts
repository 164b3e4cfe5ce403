/**
 * How long the event loop was held up (issue 18: never more than 50 ms by measure work). A
 * histogram sampled every 10 ms costs next to nothing; each reading covers the time since the
 * previous one (or since the server started), so a bench can read one phase at a time.
 */
import { type EventLoopUtilization, monitorEventLoopDelay, performance } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
let since = Date.now();
let utilisationSince: EventLoopUtilization = performance.eventLoopUtilization();
let cpuSince = process.cpuUsage();

/** Starts sampling: called once by the server process (tests and the CLI never start it). */
export function startEventLoopDelayMonitor(): void {
  histogram.enable();
}

const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e4) / 100;

/**
 * Percentiles and maximum of the delay since the previous reading, in milliseconds; how long the
 * event loop was busy meanwhile (wall-clock time not idle); and the process's CPU time (all its
 * threads) — unlike the wall-clock figures, not inflated by other processes on a shared machine.
 * Starts a new window.
 */
export function readEventLoopDelay() {
  const utilisation = performance.eventLoopUtilization(utilisationSince);
  const cpu = process.cpuUsage(cpuSince);
  const reading = {
    since: new Date(since).toISOString(),
    samples: histogram.count,
    p50Ms: histogram.count ? ms(histogram.percentile(50)) : 0,
    p99Ms: histogram.count ? ms(histogram.percentile(99)) : 0,
    maxMs: histogram.count ? ms(histogram.max) : 0,
    busyMs: Math.round(utilisation.active),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  };
  histogram.reset();
  since = Date.now();
  utilisationSince = performance.eventLoopUtilization();
  cpuSince = process.cpuUsage();
  return reading;
}
