/**
 * The heavy half of the measures: load rows once, sweep every asked period, store the figures
 * under the data version they were computed from. Runs in a measure worker thread (see
 * measure-workers.ts), or in the calling thread where no worker is attached (CLI, unit tests).
 */

import { currentDataVersion, type Database, isPostgres } from '@ldm/db';
import { MEASURE_CODES, mustParsePeriod } from '@ldm/shared';
import {
  analysePeriods,
  breakDownLocality,
  buildCoverageGrid,
  countUptakeByTier,
  findOrganisationsBelowStandard,
  type PeriodAnalysis,
  sweepPeriods,
  type TraineeFact,
  type TraineeProfile,
} from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import { loadMeasureRows, loadTraineeProfiles } from './load-inputs';
import { insertStoredFigures, type StoredFigures } from './store-queries';

export interface MeasureTask {
  /** Period labels, e.g. `2024-25`, `2024-25 Q3`. */
  periods: string[];
  /** Also the locality dashboards' breakdowns (costlier; trends need none). */
  breakdowns: boolean;
}

/** A locality's breakdowns and gaps for one period: what its dashboard shows beside the figures. */
export function breakDownPeriodLocality(
  analysis: PeriodAnalysis,
  localityCode: string,
  profiles: ReadonlyMap<string, TraineeProfile>,
) {
  const trainees = analysis.trainees.filter((t) => t.localityCode === localityCode);
  return {
    uptakeByTier: countUptakeByTier(trainees),
    breakdowns: breakDownLocality(trainees, profiles),
    stagesWithoutFloor: buildCoverageGrid(analysis.available, [localityCode])[0]!.stagesWithoutFloor,
    organisationsBelowStandard: findOrganisationsBelowStandard(trainees),
  };
}

export type LocalityBreakdown = ReturnType<typeof breakDownPeriodLocality>;

/**
 * Reads the version and the rows it numbers in one snapshot, so a figure never carries a wrong
 * version. `profiles`: also the trainees' sex, ethnic group and qualification (breakdowns).
 */
async function loadSnapshot(db: Kysely<Database>, task: MeasureTask, profiles = task.breakdowns) {
  const periods = task.periods.map(mustParsePeriod);
  const load = async (trx: Kysely<Database>) => {
    const version = await currentDataVersion(trx);
    const rows = await loadMeasureRows(trx, periods, task.breakdowns);
    const traineeProfiles = profiles ? await loadTraineeProfiles(trx) : undefined;
    return { version, periods, rows, profiles: traineeProfiles };
  };
  // Called inside a caller's transaction (the demo builder freezing report snapshots), that
  // transaction already gives the one snapshot.
  if (db.isTransaction) return load(db);
  let transaction = db.transaction();
  if (isPostgres(db)) transaction = transaction.setIsolationLevel('repeatable read');
  return transaction.execute(load);
}

/**
 * Computes and stores the periods of `task` for the data version current when it starts; returns
 * that version (the caller asked for the figures of a version it had read: a newer one means the
 * data changed meanwhile).
 */
export async function computeAndStore(db: Kysely<Database>, task: MeasureTask): Promise<number> {
  const { version, periods, rows, profiles } = await loadSnapshot(db, task);
  const stored: StoredFigures = { results: [], localities: [], breakdowns: [] };
  const { results, localities, breakdowns } = stored;
  for (const analysis of sweepPeriods(rows, periods)) {
    const period = analysis.period.label;
    const coverage = buildCoverageGrid(analysis.available);
    for (const [i, locality] of analysis.localities.entries()) {
      const key = { data_version: version, period, locality_code: locality.code };
      for (const measureCode of MEASURE_CODES) {
        const { numerator, denominator } = locality.measures[measureCode];
        results.push({ ...key, measure_code: measureCode, numerator, denominator });
      }
      localities.push({ ...key, trainees_in_post: locality.traineesInPost, coverage: JSON.stringify(coverage[i]) });
      if (profiles) {
        const detail = breakDownPeriodLocality(analysis, locality.code, profiles);
        breakdowns.push({ ...key, detail: JSON.stringify(detail) });
      }
    }
  }
  if (db.isTransaction) await insertStoredFigures(db, stored);
  else await db.transaction().execute((trx) => insertStoredFigures(trx, stored));
  return version;
}

/** A locality's trainee-level list for a period: which trainees (never stored, so computed each time). */
export interface LocalityTraineesTask {
  period: string;
  localityCode: string;
}

/**
 * The trainees in post of one locality in a period (home placement with programme and specialty,
 * stage, uptake), with the data version they were read at. Runs in a measure worker like the figures.
 */
export async function findLocalityTrainees(
  db: Kysely<Database>,
  task: LocalityTraineesTask,
): Promise<{ version: number; trainees: TraineeFact[] }> {
  const { version, periods, rows } = await loadSnapshot(db, { periods: [task.period], breakdowns: true }, false);
  const [analysis] = analysePeriods(rows, periods);
  return { version, trainees: analysis!.trainees.filter((t) => t.localityCode === task.localityCode) };
}
