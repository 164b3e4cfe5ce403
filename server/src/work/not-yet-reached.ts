/**
 * "Not yet reached" (PRODUCT.md §5, work to act on): the trainees in post in the period, in the
 * locality, whom no offer has reached — no participation enrolled or completed starting in the
 * period. They are exactly the trainees outside M3's numerator, so the list's length is always
 * M3's denominator minus its numerator. Trainee-level, so the router lets only the locality's own
 * users (and administrators) call it; paged and filtered here, on the server.
 */

import type { Database } from '@ldm/db';
import { STAGE_CODES } from '@ldm/shared';
import type { TraineeFact } from '@ldm/shared/measures';
import type { notYetReachedSchema } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { toCsvFile } from '../export/csv';
import { getLocalityTrainees, parsePeriodOrThrow } from '../measure/measures-cache';
import * as q from './queries';

export type NotYetReachedQuery = z.output<typeof notYetReachedSchema>;

const stageOrder = (stage: string | null) =>
  stage === null ? STAGE_CODES.length : STAGE_CODES.indexOf(stage as never);
const programmeOf = (t: TraineeFact) => t.home.programmeCode ?? '';

/** The locality's trainees in post for the period, and those not reached, filtered and in list order. */
async function findNotYetReached(db: Kysely<Database>, localityCode: string, query: NotYetReachedQuery) {
  const period = parsePeriodOrThrow(query.period);
  const inPost = await getLocalityTrainees(db, period, localityCode);
  const matching = inPost
    .filter(
      (t) =>
        !t.tookUp &&
        (query.stage === null || t.stage === query.stage) &&
        (query.programmeCode === null || programmeOf(t) === query.programmeCode),
    )
    .sort(
      (a, b) =>
        stageOrder(a.stage) - stageOrder(b.stage) ||
        programmeOf(a).localeCompare(programmeOf(b)) ||
        a.gmcNumber.localeCompare(b.gmcNumber),
    );
  return { period, inPost, matching };
}

/** Names of trainees, organisations and programmes for the rows shown. */
async function describeTrainees(db: Kysely<Database>, trainees: readonly TraineeFact[]) {
  const names = new Map(
    (
      await q.selectTraineeNames(
        db,
        trainees.map((t) => t.gmcNumber),
      )
    ).map((n) => [n.gmc_number, n]),
  );
  const organisations = new Map(
    (await q.selectOrganisations(db, [...new Set(trainees.map((t) => t.home.organisationCode))])).map((o) => [
      o.code,
      o,
    ]),
  );
  const programmes = await programmeNames(db, trainees);
  return trainees.map((t) => ({
    gmcNumber: t.gmcNumber,
    forenames: names.get(t.gmcNumber)?.forenames ?? null,
    surname: names.get(t.gmcNumber)?.surname ?? null,
    grade: t.home.grade,
    stage: t.stage,
    programmeCode: t.home.programmeCode,
    programme: t.home.programmeCode ? (programmes.get(t.home.programmeCode) ?? t.home.programmeCode) : null,
    organisationCode: t.home.organisationCode,
    organisation: organisations.get(t.home.organisationCode)?.name ?? t.home.organisationCode,
    startDate: t.home.startDate,
    endDate: t.home.endDate,
  }));
}

async function programmeNames(db: Kysely<Database>, trainees: readonly TraineeFact[]) {
  const codes = [...new Set(trainees.flatMap((t) => (t.home.programmeCode ? [t.home.programmeCode] : [])))];
  return new Map((await q.selectProgrammes(db, codes)).map((p) => [p.code, p.name]));
}

/** How many are in post and how many not reached, per stage and per programme (exact: own locality only). */
async function summarise(db: Kysely<Database>, inPost: readonly TraineeFact[]) {
  const byProgramme = new Map<string, { inPost: number; notReached: number }>();
  for (const t of inPost) {
    const group = byProgramme.get(programmeOf(t)) ?? { inPost: 0, notReached: 0 };
    group.inPost += 1;
    if (!t.tookUp) group.notReached += 1;
    byProgramme.set(programmeOf(t), group);
  }
  const names = await programmeNames(db, inPost);
  return {
    traineesInPost: inPost.length,
    notReached: inPost.filter((t) => !t.tookUp).length,
    byStage: STAGE_CODES.map((stage) => {
      const atStage = inPost.filter((t) => t.stage === stage);
      return { stage, inPost: atStage.length, notReached: atStage.filter((t) => !t.tookUp).length };
    }),
    byProgramme: [...byProgramme]
      .map(([programmeCode, counts]) => ({ programmeCode, programme: names.get(programmeCode) ?? null, ...counts }))
      .sort((a, b) => b.notReached - a.notReached || a.programmeCode.localeCompare(b.programmeCode)),
  };
}

export async function listNotYetReached(db: Kysely<Database>, localityCode: string, query: NotYetReachedQuery) {
  const { period, inPost, matching } = await findNotYetReached(db, localityCode, query);
  const first = (query.page - 1) * query.pageSize;
  return {
    period: period.label,
    localityCode,
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    rows: await describeTrainees(db, matching.slice(first, first + query.pageSize)),
    summary: await summarise(db, inPost),
  };
}

/** Every trainee of the filtered list as CSV (names and placements only: no counts to disclose). */
export async function exportNotYetReached(
  db: Kysely<Database>,
  localityCode: string,
  query: Omit<NotYetReachedQuery, 'page' | 'pageSize'>,
) {
  const { period, matching } = await findNotYetReached(db, localityCode, { ...query, page: 1, pageSize: 1 });
  const rows = await describeTrainees(db, matching);
  const columns = [
    'period',
    'gmc_number',
    'forenames',
    'surname',
    'grade',
    'stage',
    'programme_code',
    'programme',
    'organisation_code',
    'organisation',
    'placement_start',
    'placement_end',
  ];
  return toCsvFile(
    `not-yet-reached-${localityCode}-${period.label.replace(' ', '-')}.csv`,
    columns,
    rows.map((r) => [
      period.label,
      r.gmcNumber,
      r.forenames,
      r.surname,
      r.grade,
      r.stage,
      r.programmeCode,
      r.programme,
      r.organisationCode,
      r.organisation,
      r.startDate,
      r.endDate,
    ]),
  );
}
