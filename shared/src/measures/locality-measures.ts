/** The measures of one locality that do not count trainees in post: M2, M4, M5, M7, M8. */

import type { Period } from '../periods';
import { STAGE_CODES } from '../reference/stages';
import { type AvailableTiers, tiersAvailable } from './availability';
import type { PlanActionFact, SelfAssessmentFact } from './facts';
import { COMPLETED, type DaySpan, type ParticipationTable, TAKEN_UP, WITHDRAWN } from './participation-table';
import { type MeasureValue, toMeasureValue } from './ratio';

/**
 * **M2 Floor met** — "the number of the three stages that have at least one tier-1 offer available
 * in L during P (0–3; the floor is met at 3)". Denominator always 3; national offers count even for
 * a locality without trainees.
 */
export function countFloorMet(available: AvailableTiers, localityCode: string): MeasureValue {
  const stagesWithFloor = STAGE_CODES.filter((stage) => tiersAvailable(available, localityCode, stage).has(1)).length;
  return toMeasureValue(stagesWithFloor, STAGE_CODES.length);
}

/**
 * **M4 Completion rate** — "among participations attributed to L (by the trainee's locality for P)
 * with status completed or withdrawn and end date in P: completed ÷ (completed + withdrawn). A
 * participation of a trainee not in post in P is attributed to no locality." `localityOf`: the
 * locality for P of a trainee in post (undefined otherwise). Returns the figures of every locality, keyed by code.
 */
export function countCompletions(
  participations: ParticipationTable,
  period: DaySpan,
  localityOf: (trainee: number) => string | undefined,
): Map<string, MeasureValue> {
  // Few participations end in P: each is attributed through its trainee's locality for P, if in post.
  const completed = new Map<string, number>();
  const ended = new Map<string, number>();
  const { trainee, end, status } = participations;
  for (let i = 0; i < participations.length; i++) {
    if ((status[i]! & (COMPLETED | WITHDRAWN)) === 0 || end[i]! < period.from || end[i]! > period.to) continue;
    const localityCode = trainee[i]! < 0 ? undefined : localityOf(trainee[i]!);
    if (localityCode === undefined) continue;
    ended.set(localityCode, (ended.get(localityCode) ?? 0) + 1);
    if (status[i]! & COMPLETED) completed.set(localityCode, (completed.get(localityCode) ?? 0) + 1);
  }
  const result = new Map<string, MeasureValue>();
  for (const [code, total] of ended) result.set(code, toMeasureValue(completed.get(code) ?? 0, total));
  return result;
}

/**
 * **M5 Fill rate** — "for cohorts of offers scoped to L that start in P: participations enrolled or
 * completed ÷ sum of places." National offers belong to no locality here. A participation counts
 * whatever its own dates: it fills a place in a cohort that starts in P.
 * Returns the figures of every locality with such a cohort, keyed by code.
 */
export function countFill(participations: ParticipationTable, period: DaySpan): Map<string, MeasureValue> {
  const { cohortStart, cohortScope, cohortPlaces } = participations;
  // By cohort index: the locality whose fill it counts towards in P, null if none.
  const cohortLocality = cohortScope.map((scope, c) =>
    scope !== null && cohortStart[c]! >= period.from && cohortStart[c]! <= period.to ? scope : null,
  );
  const places = new Map<string, number>();
  for (const [c, localityCode] of cohortLocality.entries()) {
    if (localityCode !== null) places.set(localityCode, (places.get(localityCode) ?? 0) + cohortPlaces[c]!);
  }
  const filled = new Map<string, number>();
  const { cohort, status } = participations;
  for (let i = 0; i < participations.length; i++) {
    const localityCode = cohort[i]! < 0 ? null : cohortLocality[cohort[i]!]!;
    if (localityCode === null || (status[i]! & TAKEN_UP) === 0) continue;
    filled.set(localityCode, (filled.get(localityCode) ?? 0) + 1);
  }
  const result = new Map<string, MeasureValue>();
  for (const [code, total] of places) result.set(code, toMeasureValue(filled.get(code) ?? 0, total));
  return result;
}

/**
 * **M7 Self-assessment** — "mean score over the 24 principles for the latest assessment in or
 * before P": numerator the sum of scores, denominator the number of principles scored. "Latest"
 * is the greatest assessment date on or before P's last day (same date: the later-created one).
 */
export function scoreSelfAssessment(
  assessments: readonly SelfAssessmentFact[],
  localityCode: string,
  period: Period,
): MeasureValue {
  let latest: SelfAssessmentFact | undefined;
  for (const assessment of assessments) {
    if (assessment.localityCode !== localityCode || assessment.assessedOn > period.to) continue;
    if (
      !latest ||
      assessment.assessedOn > latest.assessedOn ||
      (assessment.assessedOn === latest.assessedOn && assessment.id > latest.id)
    ) {
      latest = assessment;
    }
  }
  if (!latest) return toMeasureValue(0, 0);
  return toMeasureValue(
    latest.scores.reduce((sum, score) => sum + score, 0),
    latest.scores.length,
  );
}

/** **M8 Plan delivery** — "share of plan actions due in or before P's end that are complete." */
export function countPlanDelivery(
  actions: readonly PlanActionFact[],
  localityCode: string,
  period: Period,
): MeasureValue {
  const due = actions.filter((action) => action.localityCode === localityCode && action.dueDate <= period.to);
  return toMeasureValue(due.filter((action) => action.status === 'complete').length, due.length);
}
