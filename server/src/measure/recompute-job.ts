/**
 * The recompute job: after each data change, every period the dashboard can show — each financial
 * year of the data's span (and the year before it, which trends reach back to) with its quarters —
 * is computed in the measure worker and stored under the new data version. One run at a time per
 * process; the newest version wins (a run stops as soon as the data changes again); a claim row in
 * the database makes sure two processes never compute the same version.
 */

import { randomUUID } from 'node:crypto';
import { currentDataVersion, type Database } from '@ldm/db';
import { financialYearsBetween } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { selectPlacementSpan } from '../reference/queries';
import * as q from './job-queries';
import { runMeasureTask } from './measure-workers';
import { deleteStoredBefore } from './store-queries';

/** A claim whose holder has not beaten for this long is taken over (its process has gone). */
const STALE_CLAIM_MS = 60_000;

type Claim = 'ours' | 'held elsewhere' | 'finished';

async function claimVersion(db: Kysely<Database>, version: number, claimant: string): Promise<Claim> {
  const now = new Date().toISOString();
  await q.insertClaim(db, version, claimant, now);
  const claim = await q.selectClaim(db, version);
  if (!claim || claim.finished_at) return 'finished';
  if (claim.claimed_by === claimant) return 'ours';
  if (Date.parse(claim.heartbeat_at) > Date.now() - STALE_CLAIM_MS) return 'held elsewhere';
  return (await q.takeOverClaim(db, claim, claimant, now)) ? 'ours' : 'held elsewhere';
}

/** The periods to store, one financial year and its quarters per group, newest year first. */
export async function listDashboardPeriods(db: Kysely<Database>): Promise<string[][]> {
  const span = await selectPlacementSpan(db);
  if (!span.first || !span.last) return [];
  const first = String(span.first);
  const yearBefore = `${Number(first.slice(0, 4)) - 1}-${first.slice(5, 7)}-01`;
  return financialYearsBetween(yearBefore, String(span.last))
    .reverse()
    .map((year) => [year, ...[1, 2, 3, 4].map((quarter) => `${year} Q${quarter}`)]);
}

export type RecomputeOutcome = 'stored' | 'held elsewhere' | 'finished' | 'superseded';

/** Computes and stores every dashboard period of `version`, unless another process does or the data moves on. */
export async function recomputeVersion(
  db: Kysely<Database>,
  version: number,
  claimant: string = randomUUID(),
): Promise<RecomputeOutcome> {
  const claim = await claimVersion(db, version, claimant);
  if (claim !== 'ours') return claim;
  for (const periods of await listDashboardPeriods(db)) {
    if ((await currentDataVersion(db)) !== version) return 'superseded';
    if ((await runMeasureTask(db, { periods, breakdowns: true })) !== version) return 'superseded';
    await q.updateClaim(db, version, claimant, { heartbeat_at: new Date().toISOString() });
  }
  const now = new Date().toISOString();
  await q.updateClaim(db, version, claimant, { heartbeat_at: now, finished_at: now });
  await deleteStoredBefore(db, version);
  return 'stored';
}

/**
 * Starts the job for a server process: it looks for a new data version every `everyMs` (any
 * process may have made the change) and recomputes it. Returns the function that stops it.
 */
export function startMeasureRecompute(db: Kysely<Database>, everyMs = 2_000): () => Promise<void> {
  const claimant = randomUUID();
  let done = 0;
  let running: Promise<void> | undefined;
  const tick = async () => {
    const version = await currentDataVersion(db);
    if (version <= done) return;
    const outcome = await recomputeVersion(db, version, claimant);
    // Held elsewhere: look again next time, in case its holder stops beating.
    if (outcome === 'stored' || outcome === 'finished') done = version;
  };
  const run = () => {
    running ??= tick()
      .catch((error: Error) => console.error(`Measures recompute failed: ${error.stack ?? error.message}`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(run, everyMs);
  timer.unref();
  run();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
