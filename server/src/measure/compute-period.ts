/**
 * The measures of a period, computed from scratch or taken from the version cache. Two caches:
 * the small per-locality figures for many periods (trends), and the full analysis with one row
 * per trainee in post for the few periods whose breakdowns were asked for last.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import { mustParsePeriod, type Period } from '@ldm/shared';
import {
  analysePeriod,
  breakDownLocality,
  buildCoverageGrid,
  countUptakeByTier,
  findOrganisationsBelowStandard,
  type LocalityMeasures,
  type PeriodAnalysis,
  type TraineeProfile,
} from '@ldm/shared/measures';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { loadMeasureInputs, loadTraineeProfiles } from './load-inputs';
import { createVersionCache } from './version-cache';

const analyses = createVersionCache<PeriodAnalysis>(3);
const localityFigures = createVersionCache<LocalityMeasures[]>(200);
const traineeProfiles = createVersionCache<Map<string, TraineeProfile>>(1);
const localityAnalyses = createVersionCache<LocalityAnalysis>(40);

export function parsePeriodOrThrow(label: string): Period {
  try {
    return mustParsePeriod(label);
  } catch (error) {
    throw new DomainError('INVALID', (error as Error).message);
  }
}

export async function getPeriodAnalysis(
  db: Kysely<Database>,
  period: Period,
  version?: number,
): Promise<PeriodAnalysis> {
  const dataVersion = version ?? (await currentDataVersion(db));
  return analyses.get(db, dataVersion, period.label, async () => analysePeriod(await loadMeasureInputs(db, period)));
}

/** Every locality's figures for a period; cheap to keep for many periods at once. */
export async function getLocalityFigures(
  db: Kysely<Database>,
  period: Period,
  version: number,
): Promise<LocalityMeasures[]> {
  return localityFigures.get(
    db,
    version,
    period.label,
    async () => (await getPeriodAnalysis(db, period, version)).localities,
  );
}

/** Sex, ethnic group and qualification of every trainee, for the aggregate breakdowns. */
export async function getTraineeProfiles(db: Kysely<Database>, version: number): Promise<Map<string, TraineeProfile>> {
  return traineeProfiles.get(db, version, 'profiles', () => loadTraineeProfiles(db));
}

async function analyseLocality(db: Kysely<Database>, period: Period, version: number, localityCode: string) {
  const analysis = await getPeriodAnalysis(db, period, version);
  const trainees = analysis.trainees.filter((t) => t.localityCode === localityCode);
  return {
    locality: analysis.localities.find((l) => l.code === localityCode)!,
    uptakeByTier: countUptakeByTier(trainees),
    breakdowns: breakDownLocality(trainees, await getTraineeProfiles(db, version)),
    stagesWithoutFloor: buildCoverageGrid(analysis.available, [localityCode])[0]!.stagesWithoutFloor,
    organisationsBelowStandard: findOrganisationsBelowStandard(trainees),
  };
}

export type LocalityAnalysis = Awaited<ReturnType<typeof analyseLocality>>;

/**
 * One locality's figures and breakdowns for a period, before disclosure control. Kept apart from
 * the full analysis because grouping the locality's trainees seven ways costs more per dashboard
 * call than everything else together.
 */
export function getLocalityAnalysis(
  db: Kysely<Database>,
  period: Period,
  version: number,
  localityCode: string,
): Promise<LocalityAnalysis> {
  return localityAnalyses.get(db, version, `${period.label}/${localityCode}`, () =>
    analyseLocality(db, period, version, localityCode),
  );
}

/**
 * Figures for consecutive periods (a trend). Periods not yet cached are computed from one load
 * covering them all — one query instead of one per period.
 */
export async function getLocalityFiguresForPeriods(
  db: Kysely<Database>,
  periods: readonly Period[],
  version: number,
): Promise<LocalityMeasures[][]> {
  const missing = periods.filter((period) => !localityFigures.has(db, version, period.label));
  if (missing.length > 1) {
    const inputs = await loadMeasureInputs(db, missing[0]!, missing);
    for (const period of missing) {
      await localityFigures.get(db, version, period.label, async () => analysePeriod({ ...inputs, period }).localities);
    }
  }
  const figures = [];
  for (const period of periods) figures.push(await getLocalityFigures(db, period, version));
  return figures;
}
