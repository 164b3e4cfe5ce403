/**
 * The measures of a period, computed from scratch or taken from the one version cache: full
 * analyses (one row per trainee in post, for breakdowns), every locality's figures per period
 * (small: trends keep many), trainee profiles, and each locality's analysed breakdowns.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import { mustParsePeriod, type Period } from '@ldm/shared';
import {
  analysePeriods,
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
import { loadMeasureRows, loadTraineeProfiles } from './load-inputs';
import { createVersionCache } from './version-cache';

const cache = createVersionCache(200);

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
  return cache.get(db, dataVersion, `analysis/${period.label}`, async () => {
    const [analysis] = analysePeriods(await loadMeasureRows(db, [period]), [period]);
    return analysis!;
  });
}

/** Every locality's figures for a period; cheap to keep for many periods at once. */
export async function getLocalityFigures(
  db: Kysely<Database>,
  period: Period,
  version: number,
): Promise<LocalityMeasures[]> {
  return cache.get(
    db,
    version,
    `figures/${period.label}`,
    async () => (await getPeriodAnalysis(db, period, version)).localities,
  );
}

/** Sex, ethnic group and qualification of every trainee, for the aggregate breakdowns. */
export async function getTraineeProfiles(db: Kysely<Database>, version: number): Promise<Map<string, TraineeProfile>> {
  return cache.get(db, version, 'profiles', () => loadTraineeProfiles(db));
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
  return cache.get(db, version, `locality/${period.label}/${localityCode}`, () =>
    analyseLocality(db, period, version, localityCode),
  );
}

/**
 * Figures for several periods (a trend). Periods not yet cached are computed together: one load
 * covering them all and one sweep. Concurrent callers share the work through the cache.
 */
export async function getLocalityFiguresForPeriods(
  db: Kysely<Database>,
  periods: readonly Period[],
  version: number,
): Promise<LocalityMeasures[][]> {
  const missing = periods.filter((period) => !cache.has(db, version, `figures/${period.label}`));
  if (missing.length > 1) {
    const swept = loadMeasureRows(db, missing).then((rows) => analysePeriods(rows, missing));
    missing.forEach((period, i) => {
      void cache.get(db, version, `figures/${period.label}`, async () => (await swept)[i]!.localities);
    });
  }
  return Promise.all(periods.map((period) => getLocalityFigures(db, period, version)));
}
