/**
 * Trainees of a locality (those whose latest placement is at one of its organisations): a paged,
 * sorted, searched list, and one trainee's placements, home placement per financial year and
 * participations. Trainee-level rows: the router lets only the own locality and administrators in.
 */

import type { Database } from '@ldm/db';
import { financialYearsBetween, mustParsePeriod, stageOfGrade } from '@ldm/shared';
import { selectHomesByPeriod } from '@ldm/shared/measures/home-placement';
import type { traineeListSchema } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '../errors';
import { toPlacementFact } from '../measure/placement-fact';
import { selectTraineeNames, selectTraineeParticipations, selectTraineePlacements } from './queries';
import { loadTraineeIndex, sortedRows, type TraineeListRow } from './trainee-index';

export type TraineeListQuery = z.output<typeof traineeListSchema>;

export async function listTrainees(db: Kysely<Database>, localityCode: string, query: TraineeListQuery) {
  const index = await loadTraineeIndex(db);
  let rows = sortedRows(index, localityCode, query.sort);
  const search = query.search.toLowerCase();
  if (search) {
    rows = /^\d+$/.test(search)
      ? rows.filter((r) => r.gmcNumber.startsWith(search))
      : rows.filter((r) => index.searchText.get(r)!.includes(search));
  }
  const total = rows.length;
  const start = (query.page - 1) * query.pageSize;
  const page: TraineeListRow[] =
    query.direction === 'asc'
      ? rows.slice(start, start + query.pageSize)
      : rows.slice(Math.max(0, total - start - query.pageSize), total - start).reverse();
  return { rows: page, total, page: query.page, pageSize: query.pageSize };
}

/** Financial years from the first placement's start to the last one's end, oldest first. */
function financialYearsCovered(placements: { start_date: string; end_date: string }[]): string[] {
  if (placements.length === 0) return [];
  const lastEnd = placements.reduce((max, p) => (p.end_date > max ? p.end_date : max), '');
  return financialYearsBetween(placements[0]!.start_date, lastEnd);
}

export async function getTrainee(db: Kysely<Database>, localityCode: string, gmcNumber: string) {
  const index = await loadTraineeIndex(db);
  const names = index.localityOf.get(gmcNumber) === localityCode ? await selectTraineeNames(db, gmcNumber) : undefined;
  if (!names) throw new DomainError('NOT_FOUND', `There is no trainee ${gmcNumber} in this locality.`);
  const [placements, participations] = await Promise.all([
    selectTraineePlacements(db, gmcNumber),
    selectTraineeParticipations(db, gmcNumber),
  ]);
  const facts = placements.map(toPlacementFact);
  const years = financialYearsCovered(placements).map(mustParsePeriod);
  const homes = selectHomesByPeriod(facts, years);
  const homePlacements = years.flatMap(({ label }, i) => {
    const home = homes[i]![0];
    const placement = placements.find((p) => p.placement_id === home?.placementId);
    return placement
      ? [
          {
            period: label,
            placementId: placement.placement_id,
            localityCode: placement.locality_code,
            stage: stageOfGrade(placement.grade) ?? null,
          },
        ]
      : [];
  });
  return {
    gmcNumber: names.gmc_number,
    forenames: names.forenames,
    surname: names.surname,
    localityCode,
    placements: placements.map((p) => ({
      placementId: p.placement_id,
      organisationCode: p.organisation_code,
      organisation: p.organisation_name,
      localityCode: p.locality_code,
      programmeCode: p.programme_code,
      programme: p.programme_name,
      grade: p.grade,
      stage: stageOfGrade(p.grade) ?? null,
      specialty: p.specialty,
      startDate: p.start_date,
      endDate: p.end_date,
      wte: p.wte,
    })),
    homePlacements,
    participations: participations.map((p) => ({
      cohortCode: p.cohort_code,
      offerCode: p.offer_code,
      offerTitle: p.offer_title,
      tier: p.tier,
      status: p.status,
      startDate: p.start_date,
      endDate: p.end_date,
    })),
  };
}
