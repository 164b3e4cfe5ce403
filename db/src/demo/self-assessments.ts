/**
 * Each locality rates itself against the 24 principles every March (and at mid-year in the
 * current year). Maturity differs between localities and grows each year; evidence text follows
 * the score.
 */

import { PRINCIPLES } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { SelfAssessmentScoreTable, SelfAssessmentTable } from '../schema';
import type { DemoCalendar } from './calendar';
import type { Random } from './random';

export interface DemoSelfAssessment {
  row: Insertable<SelfAssessmentTable>;
  scores: Omit<Insertable<SelfAssessmentScoreTable>, 'self_assessment_id'>[];
}

const EVIDENCE = [
  (p: string) => `Not started: ${p.toLowerCase()} is not yet addressed; it is in next year's plan.`,
  (p: string) => `Emerging: first steps on ${p.toLowerCase()} in a few trusts; no locality-wide approach yet.`,
  (p: string) => `Established: ${p.toLowerCase()} is part of the locality offer and reviewed at the leadership board.`,
  (p: string) => `Embedded: ${p.toLowerCase()} is routine across employers and evaluated with trainees each year.`,
];

export function buildSelfAssessments(
  random: Random,
  calendar: DemoCalendar,
  localityCode: string,
  maturity: number,
): DemoSelfAssessment[] {
  const reviews = calendar.years
    .slice(0, -1)
    .map((year, index) => ({ period: year.label, assessedOn: `${year.to.slice(0, 4)}-03-10`, index }));
  const current = calendar.years[calendar.years.length - 1]!;
  reviews.push({
    period: `${current.label} Q2`,
    assessedOn: `${current.from.slice(0, 4)}-09-20`,
    index: calendar.years.length - 1,
  });
  const principleBias = PRINCIPLES.map(() => (random.next() - 0.5) * 1.2);
  return reviews
    .filter((review) => review.assessedOn <= calendar.today)
    .map(({ period, assessedOn, index }) => {
      const stamp = `${assessedOn}T10:00:00.000Z`;
      return {
        row: {
          locality_code: localityCode,
          period,
          assessed_on: assessedOn,
          created_by: null,
          created_at: stamp,
          updated_at: stamp,
        },
        scores: PRINCIPLES.map((principle, i) => {
          const score = Math.min(
            3,
            Math.max(0, Math.round(maturity + 0.35 * index + principleBias[i]! + (random.next() - 0.5) * 0.8)),
          );
          return { principle_number: principle.number, score, evidence: EVIDENCE[score]!(principle.name) };
        }),
      };
    });
}
