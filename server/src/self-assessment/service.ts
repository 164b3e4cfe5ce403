/**
 * Self-assessment: a locality rates itself against the 24 principles per review period.
 * Saving is an upsert per (locality, period); it bumps the data version because M7 reads it.
 */

import { bumpDataVersion, type Database, type SelfAssessment } from '@ldm/db';
import { LOCALITY_CODES } from '@ldm/shared';
import type { SaveSelfAssessmentInput } from '@ldm/shared/schemas/reporting';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { SessionUser } from '../context';
import { meanScore, pickLatestInOrBefore } from './latest';
import {
  findSelfAssessment,
  insertSelfAssessment,
  listScores,
  listSelfAssessments,
  replaceScores,
  type ScoreRow,
  updateSelfAssessment,
} from './queries';

function toApi(assessment: SelfAssessment, scores: ScoreRow[]) {
  const own = scores.filter((s) => s.self_assessment_id === assessment.id);
  return {
    id: assessment.id,
    localityCode: assessment.locality_code,
    period: assessment.period,
    assessedOn: assessment.assessed_on,
    updatedAt: assessment.updated_at,
    mean: meanScore(own),
    scores: own.map((s) => ({ principleNumber: s.principle_number, score: s.score, evidence: s.evidence })),
  };
}
export type SelfAssessmentView = ReturnType<typeof toApi>;

async function withScores(db: Kysely<Database>, assessments: SelfAssessment[]): Promise<SelfAssessmentView[]> {
  const scores = await listScores(
    db,
    assessments.map((a) => a.id),
  );
  return assessments.map((a) => toApi(a, scores));
}

export async function saveSelfAssessment(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  input: SaveSelfAssessmentInput,
): Promise<SelfAssessmentView> {
  return db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const existing = await findSelfAssessment(trx, localityCode, input.period);
    const before = existing ? (await withScores(trx, [existing]))[0] : undefined;
    const id =
      existing?.id ??
      (await insertSelfAssessment(trx, {
        localityCode,
        period: input.period,
        assessedOn: input.assessedOn,
        userId: user.id,
        now,
      }));
    if (existing) await updateSelfAssessment(trx, id, input.assessedOn, now);
    await replaceScores(
      trx,
      id,
      [...input.scores].sort((a, b) => a.principleNumber - b.principleNumber),
    );
    const [after] = await withScores(trx, [(await findSelfAssessment(trx, localityCode, input.period))!]);
    await bumpDataVersion(trx, `self-assessment ${localityCode} ${input.period}`);
    await recordAuditEvent(trx, {
      userId: user.id,
      action: existing ? 'update' : 'create',
      entity: 'self_assessment',
      entityKey: `${localityCode} ${input.period}`,
      before,
      after,
    });
    return after!;
  });
}

/** Every assessment of the locality, oldest review period first. */
export async function getSelfAssessmentHistory(
  db: Kysely<Database>,
  localityCode: string,
): Promise<SelfAssessmentView[]> {
  const views = await withScores(db, await listSelfAssessments(db, localityCode));
  return views.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The assessment that counts for a period (M7's), or null when the locality has none yet. */
export async function getLatestSelfAssessment(
  db: Kysely<Database>,
  localityCode: string,
  period: string,
): Promise<SelfAssessmentView | null> {
  const latest = pickLatestInOrBefore(await listSelfAssessments(db, localityCode), period);
  return latest ? (await withScores(db, [latest]))[0]! : null;
}

/**
 * The national heat map: for every locality, the scores of its latest assessment in or before
 * the period (null when it has none). Evidence text stays with the locality's own view.
 */
export async function getSelfAssessmentHeatMap(db: Kysely<Database>, period: string) {
  const all = await listSelfAssessments(db, null);
  const chosen = LOCALITY_CODES.map((code) => ({
    code,
    latest: pickLatestInOrBefore(
      all.filter((a) => a.locality_code === code),
      period,
    ),
  }));
  const scores = await listScores(
    db,
    chosen.flatMap((c) => (c.latest ? [c.latest.id] : [])),
  );
  return chosen.map(({ code, latest }) => {
    if (!latest) return { localityCode: code, period: null, assessedOn: null, mean: null, scores: [] };
    const view = toApi(latest, scores);
    return {
      localityCode: code,
      period: view.period,
      assessedOn: view.assessedOn,
      mean: view.mean,
      scores: view.scores.map(({ principleNumber, score }) => ({ principleNumber, score })),
    };
  });
}
