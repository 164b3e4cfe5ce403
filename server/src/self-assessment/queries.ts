/** Kysely queries for self-assessments and their per-principle scores. */

import type { Database, SelfAssessment } from '@ldm/db';
import type { Kysely } from 'kysely';
import { localityRecordColumns, type NewLocalityRecord } from '../locality-record';

export interface ScoreRow {
  self_assessment_id: number;
  principle_number: number;
  score: number;
  evidence: string | null;
}

export function findSelfAssessment(
  db: Kysely<Database>,
  localityCode: string,
  period: string,
): Promise<SelfAssessment | undefined> {
  return db
    .selectFrom('self_assessments')
    .selectAll()
    .where('locality_code', '=', localityCode)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** Every assessment of one locality, or of all localities when `localityCode` is null. */
export function listSelfAssessments(db: Kysely<Database>, localityCode: string | null): Promise<SelfAssessment[]> {
  let query = db.selectFrom('self_assessments').selectAll();
  if (localityCode !== null) query = query.where('locality_code', '=', localityCode);
  return query.orderBy('id').execute();
}

export async function listScores(db: Kysely<Database>, assessmentIds: number[]): Promise<ScoreRow[]> {
  if (assessmentIds.length === 0) return [];
  return db
    .selectFrom('self_assessment_scores')
    .selectAll()
    .where('self_assessment_id', 'in', assessmentIds)
    .orderBy('self_assessment_id')
    .orderBy('principle_number')
    .execute();
}

export async function insertSelfAssessment(
  db: Kysely<Database>,
  row: NewLocalityRecord & { assessedOn: string },
): Promise<number> {
  const inserted = await db
    .insertInto('self_assessments')
    .values({ ...localityRecordColumns(row), assessed_on: row.assessedOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateSelfAssessment(
  db: Kysely<Database>,
  id: number,
  assessedOn: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('self_assessments')
    .set({ assessed_on: assessedOn, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** Replaces all scores of an assessment (the form always sends the full set of 24). */
export async function replaceScores(
  db: Kysely<Database>,
  assessmentId: number,
  scores: { principleNumber: number; score: number; evidence: string | null }[],
): Promise<void> {
  await db.deleteFrom('self_assessment_scores').where('self_assessment_id', '=', assessmentId).execute();
  await db
    .insertInto('self_assessment_scores')
    .values(
      scores.map((s) => ({
        self_assessment_id: assessmentId,
        principle_number: s.principleNumber,
        score: s.score,
        evidence: s.evidence,
      })),
    )
    .execute();
}
