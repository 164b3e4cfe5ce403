/**
 * The measures of the current data version, for the request thread. Figures come from memory (one
 * version cache), else from the store (measure_results and siblings, filled by the recompute job),
 * else — a period not stored yet — they are computed first, in a measure worker, and stored. Every
 * answer carries the data version its figures were computed from, and `updating` when a dashboard
 * view was answered from an earlier version while the current one is computed (dashboard-view.ts);
 * otherwise a figure is only ever looked up under the version just read.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import { LOCALITY_CODES, MEASURE_CODES, type MeasureCode, mustParsePeriod, type Period } from '@ldm/shared';
import {
  type CoverageRow,
  type LocalityMeasures,
  type MeasureValue,
  type TraineeFact,
  toMeasureValue,
} from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import type { LocalityBreakdown } from './compute-and-store';
import { currentDashboardView, RestartViewAt } from './dashboard-view';
import { selectLatestFinishedBefore } from './job-queries';
import { runLocalityTraineesTask, runMeasureTask } from './measure-workers';
import * as q from './store-queries';
import { createVersionCache } from './version-cache';

const cache = createVersionCache(200);

export function parsePeriodOrThrow(label: string): Period {
  try {
    return mustParsePeriod(label);
  } catch (error) {
    throw new DomainError('INVALID', (error as Error).message);
  }
}

/** Every locality's figures for one period, and the stage × tier coverage grid. */
export interface PeriodFigures {
  localities: LocalityMeasures[];
  coverage: CoverageRow[];
}

/** The data changed while a figure was being computed: ask again under the new version. */
class NewerVersion extends Error {}

/** A period of an earlier version whose figures are not (all) stored: that version cannot answer. */
class NotStored extends Error {}

/** Runs `read` under the current data version, again (at most twice) if the data changes meanwhile. */
async function atCurrentVersion<T>(db: Kysely<Database>, read: (version: number) => Promise<T>) {
  for (let attempt = 1; ; attempt++) {
    const dataVersion = await currentDataVersion(db);
    try {
      return { dataVersion, value: await read(dataVersion) };
    } catch (error) {
      if (!(error instanceof NewerVersion) || attempt === 3) throw error;
    }
  }
}

/**
 * Runs `read` at the current data version — or, in a dashboard view whose current figures are not
 * stored yet, answers with `readStored` at the latest earlier version fully stored (`updating`),
 * while the current figures are computed on demand for the next request. A view never waits for a
 * computation an earlier version can stand in for: a period takes a worker a quarter of a second or
 * more, and each waiting request held its user's dashboard that long during every recomputation.
 * A later read of a view that chose the current version may meet figures not computed yet (a
 * baseline's comparable period, say): rather than wait for them, the view starts again at the
 * earlier version (dashboard-view.ts), so its answer still comes from one version. `key` names
 * what is read: views waiting for the same figures share one read of the current version.
 */
async function atViewVersion<T>(
  db: Kysely<Database>,
  key: string,
  read: (version: number) => Promise<T>,
  readStored: (version: number) => Promise<T | undefined>,
): Promise<{ dataVersion: number; updating: boolean; value: T }> {
  const view = currentDashboardView();
  const atCurrent = async () => ({ ...(await atCurrentVersion(db, read)), updating: false });
  if (!view) return atCurrent();
  if (view.chosen && !view.chosen.current) {
    const value = await readStored(view.chosen.version);
    return value === undefined ? atCurrent() : { dataVersion: view.chosen.version, updating: true, value };
  }
  const version = await currentDataVersion(db);
  // Stored figures of a version never change, so they answer for it even if the data moves on meanwhile.
  const stored = await readStored(version);
  if (stored !== undefined) {
    view.chosen = { current: true };
    return { dataVersion: version, updating: false, value: stored };
  }
  const current = cache.get(db, version, `current/${key}`, atCurrent);
  const earlier = await selectLatestFinishedBefore(db, version);
  if (earlier !== undefined) {
    // The computation goes on for the next request, which meets its outcome (or error) itself.
    current.catch(() => undefined);
    if (view.chosen?.current) throw new RestartViewAt(earlier);
    const value = await readStored(earlier);
    if (value !== undefined) {
      view.chosen = { current: false, version: earlier };
      return { dataVersion: earlier, updating: true, value };
    }
  }
  view.chosen = { current: true };
  return current;
}

async function computeStored(db: Kysely<Database>, version: number, periods: readonly Period[], breakdowns: boolean) {
  const computed = await runMeasureTask(db, { periods: periods.map((p) => p.label), breakdowns });
  if (computed !== version) throw new NewerVersion();
}

/** The stored figures of `version` for those of `periods` whose 13 localities are all stored. */
async function readStoredFigures(db: Kysely<Database>, version: number, periods: readonly Period[]) {
  const labels = periods.map((p) => p.label);
  const [results, localities] = await Promise.all([
    q.selectStoredResults(db, version, labels),
    q.selectStoredLocalities(db, version, labels),
  ]);
  const figures = new Map<string, MeasureValue>(
    results.map((r) => [
      `${r.period}/${r.locality_code}/${r.measure_code}`,
      toMeasureValue(Number(r.numerator), Number(r.denominator)),
    ]),
  );
  const byPeriod = new Map<string, Map<string, (typeof localities)[number]>>();
  for (const row of localities) {
    let rows = byPeriod.get(row.period);
    if (!rows) byPeriod.set(row.period, (rows = new Map()));
    rows.set(row.locality_code, row);
  }
  const stored = new Map<string, PeriodFigures>();
  for (const [period, rows] of byPeriod) {
    // The two tables are read in two statements, so a period a worker stored between them has its
    // localities without its results: it counts as stored only with every figure there.
    const complete = LOCALITY_CODES.every(
      (code) => rows.has(code) && MEASURE_CODES.every((measure) => figures.has(`${period}/${code}/${measure}`)),
    );
    if (!complete) continue;
    stored.set(period, {
      localities: LOCALITY_CODES.map((code) => ({
        code,
        traineesInPost: Number(rows.get(code)!.trainees_in_post),
        measures: Object.fromEntries(
          MEASURE_CODES.map((measure) => [measure, figures.get(`${period}/${code}/${measure}`)!]),
        ) as Record<MeasureCode, MeasureValue>,
      })),
      coverage: LOCALITY_CODES.map((code) => JSON.parse(rows.get(code)!.coverage) as CoverageRow),
    });
  }
  return stored;
}

/**
 * How long a read that found a period not stored answers for everyone asking meanwhile: while a
 * version is computed, every dashboard call asks, and each would read the store again.
 */
const NOT_STORED_KEPT_MS = 250;

/**
 * The stored figures of `version` for `periods`, kept in memory once read; NotStored if any period
 * is not (all) stored (kept NOT_STORED_KEPT_MS). A cache entry of figures only ever holds such a
 * read, never a computation: a dashboard view checking whether a version is stored must not wait
 * for one.
 */
function storedFiguresOf(db: Kysely<Database>, version: number, periods: readonly Period[]): Promise<PeriodFigures[]> {
  const uncached = periods.filter((period) => !cache.has(db, version, `figures/${period.label}`));
  // Periods nobody has asked for yet are read together: one query.
  const together = uncached.length > 1 ? readStoredFigures(db, version, uncached) : undefined;
  together?.catch(() => undefined); // met (and rethrown) by each period's entry below
  return Promise.all(
    periods.map((period) =>
      cache.get(
        db,
        version,
        `figures/${period.label}`,
        async () => {
          const figures = (await (together ?? readStoredFigures(db, version, [period]))).get(period.label);
          if (!figures) throw new NotStored();
          return figures;
        },
        NOT_STORED_KEPT_MS,
      ),
    ),
  );
}

/**
 * Computes and stores `periods` of `version` in a measure worker, once however many ask at the same
 * time (the periods nobody has stored yet go in one task: one load, one sweep).
 */
function computeOnce(db: Kysely<Database>, version: number, periods: readonly Period[], breakdowns: boolean) {
  const labels = periods.map((period) => period.label);
  return cache.get(db, version, `computing/${breakdowns ? 'breakdowns' : 'figures'}/${labels.join(',')}`, () =>
    computeStored(db, version, periods, breakdowns),
  );
}

/** Figures of `version` for `periods`: from the store, the missing ones computed together first. */
async function figuresAt(db: Kysely<Database>, version: number, periods: readonly Period[]) {
  try {
    return await storedFiguresOf(db, version, periods);
  } catch (error) {
    if (!(error instanceof NotStored)) throw error;
  }
  // Read afresh, past a kept NotStored: the missing periods are computed, then read once more.
  const stored = await readStoredFigures(db, version, periods);
  const missing = periods.filter((period) => !stored.has(period.label));
  if (missing.length > 0) {
    await computeOnce(db, version, missing, false);
    for (const [label, figures] of await readStoredFigures(db, version, missing)) stored.set(label, figures);
  }
  return periods.map((period) => {
    const figures = stored.get(period.label);
    if (!figures) throw new NotStored();
    return figures;
  });
}

/** `read`'s value, or undefined where it refuses with NotStored. */
async function unlessNotStored<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotStored) return undefined;
    throw error;
  }
}

/** The stored figures of `version` for all of `periods`, or undefined if any is missing. */
function storedFiguresAt(db: Kysely<Database>, version: number, periods: readonly Period[]) {
  return unlessNotStored(storedFiguresOf(db, version, periods));
}

/**
 * The figures of every locality for each of `periods`, of the current data version (in a
 * dashboard view, possibly of an earlier one, then marked `updating`).
 */
export async function getPeriodFigures(db: Kysely<Database>, periods: readonly Period[]) {
  const { dataVersion, updating, value } = await atViewVersion(
    db,
    `figures/${periods.map((period) => period.label).join(',')}`,
    (version) => figuresAt(db, version, periods),
    (version) => storedFiguresAt(db, version, periods),
  );
  return { dataVersion, updating, figures: value };
}

/**
 * What a dashboard's figures are of: the period and its dates, and the data version they were
 * computed from (`updating` while a newer one is being computed).
 */
export function figuresOf(period: Period, { dataVersion, updating }: { dataVersion: number; updating: boolean }) {
  return { period: period.label, from: period.from, to: period.to, dataVersion, updating };
}

/** One locality's figures, breakdowns and gaps for a period, before disclosure control. */
export async function getLocalityAnalysis(db: Kysely<Database>, period: Period, localityCode: string) {
  const readBreakdown = async (version: number) => {
    const row = await q.selectStoredBreakdown(db, version, period.label, localityCode);
    if (!row) throw new NotStored();
    return JSON.parse(row.detail) as LocalityBreakdown;
  };
  // Like figures, a breakdown's cache entry only ever holds a read of the store.
  const storedBreakdown = (version: number) =>
    cache.get(
      db,
      version,
      `breakdown/${period.label}/${localityCode}`,
      () => readBreakdown(version),
      NOT_STORED_KEPT_MS,
    );
  const localityOf = (figures: PeriodFigures[]) => figures[0]!.localities.find((l) => l.code === localityCode)!;
  const readStored = async (version: number) => {
    const figures = await storedFiguresAt(db, version, [period]);
    const breakdown = await unlessNotStored(storedBreakdown(version));
    return figures && breakdown && { locality: localityOf(figures), ...breakdown };
  };
  const { dataVersion, updating, value } = await atViewVersion(
    db,
    `locality-analysis/${period.label}/${localityCode}`,
    async (version) => {
      const figures = await figuresAt(db, version, [period]);
      let breakdown = await unlessNotStored(storedBreakdown(version));
      if (!breakdown) {
        await computeOnce(db, version, [period], true);
        breakdown = await readBreakdown(version);
      }
      return { locality: localityOf(figures), ...breakdown };
    },
    readStored,
  );
  return { dataVersion, updating, ...value };
}

export type LocalityAnalysis = Awaited<ReturnType<typeof getLocalityAnalysis>>;

/**
 * What a service derives from the figures of `version` alone (e.g. the national overview as one
 * class of viewer sees it), computed once and kept with the figures: the request thread then does
 * not redo it on every call.
 */
export function memoiseAtVersion<T>(
  db: Kysely<Database>,
  version: number,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  return cache.get(db, version, key, compute);
}

/**
 * One locality's trainees in post in a period, for the trainee-level lists of its own users.
 * Trainee rows are never stored: they are computed in a measure worker (loading and sweeping a
 * period held the event loop for half a second) and kept in memory for the current data version.
 */
export async function getLocalityTrainees(
  db: Kysely<Database>,
  period: Period,
  localityCode: string,
): Promise<TraineeFact[]> {
  const { value } = await atCurrentVersion(db, (version) =>
    cache.get(db, version, `trainees/${period.label}/${localityCode}`, async () => {
      const { version: read, trainees } = await runLocalityTraineesTask(db, { period: period.label, localityCode });
      if (read !== version) throw new NewerVersion();
      return trainees;
    }),
  );
  return value;
}
