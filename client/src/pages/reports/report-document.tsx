/**
 * The body of a progress report — measures, plan status, self-assessment summary, narrative — as
 * one printable document. A submitted or approved report shows its frozen snapshot; a draft shows
 * what would be frozen if it were submitted now.
 */

import { PLAN_ACTION_STATUSES, PRINCIPLES, SELF_ASSESSMENT_SCORES } from '@ldm/shared';
import type { ReactNode } from 'react';
import { DataTable, type TableColumn } from '../../components/data-table';
import { MeasureHeadlines } from '../../components/measures/measure-headlines';
import { DisclosureNote } from '../../components/suppressed';
import type { RouterOutputs } from '../../lib/trpc';
import { countActions } from '../plan/plan-words';
import { ReportJudgement } from './report-judgement';

export type ReportContents = RouterOutputs['report']['preview'];
type PlanSnapshot = ReportContents['plan'];
type SelfAssessmentSnapshot = NonNullable<ReportContents['selfAssessment']>;

const ACTION_COLUMNS: TableColumn<PlanSnapshot['actions'][number]>[] = [
  { id: 'title', header: 'Action', text: (a) => a.title },
  { id: 'owner', header: 'Owner', text: (a) => a.owner },
  { id: 'due', header: 'Due', text: (a) => a.dueDate },
  { id: 'status', header: 'Status', text: (a) => (a.overdue ? `${a.status} (overdue)` : a.status) },
];

function PlanSummary({ plan, period }: { plan: PlanSnapshot; period: string }) {
  return (
    <>
      <p>
        {countActions(plan.total)} as of {plan.asOf}:{' '}
        {PLAN_ACTION_STATUSES.map((s) => `${plan.byStatus[s]} ${s}`).join(', ')}. {plan.overdue} overdue.{' '}
        {plan.dueByPeriodEnd === 0
          ? `No action was due by the end of ${period}.`
          : `Of the ${countActions(plan.dueByPeriodEnd)} due by the end of ${period}, ${plan.completeOfDue} ${plan.completeOfDue === 1 ? 'is' : 'are'} complete (M8).`}
      </p>
      {plan.actions.length ? (
        <DataTable
          caption="Plan actions"
          columns={ACTION_COLUMNS}
          rows={plan.actions}
          exportName={`report-plan-${period}`}
        />
      ) : null}
    </>
  );
}

function SelfAssessmentSummary({ assessment }: { assessment: SelfAssessmentSnapshot | null }) {
  if (!assessment) return <p>No self-assessment had been saved for this period or before it.</p>;
  return (
    <>
      <p>
        From the self-assessment for {assessment.period} (assessed on {assessment.assessedOn}): mean score{' '}
        {assessment.mean?.toFixed(1) ?? 'not rated'} of 3 (M7).
      </p>
      <ul className="score-summary">
        {[...SELF_ASSESSMENT_SCORES].reverse().map((level) => {
          const principles = assessment.scores
            .filter((s) => s.score === level.score)
            .map((s) => PRINCIPLES[s.principleNumber - 1]!.name);
          return (
            <li key={level.score}>
              <strong>
                {level.score} {level.name.toLowerCase()} ({principles.length}):
              </strong>{' '}
              {principles.length ? principles.join('; ') : 'none'}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section report-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function ReportDocument({
  contents,
  frozen,
  narrative,
}: {
  contents: ReportContents;
  frozen: boolean;
  narrative: ReactNode;
}) {
  const period = contents.period.label;
  return (
    <>
      <Part id="report-measures" title={`Measures, ${period}`}>
        <p className={frozen ? undefined : 'draft-note'}>
          {frozen
            ? `Frozen at submission from data version ${contents.dataVersion}: later imports do not change these figures.`
            : `Not frozen yet: these are today's figures (data version ${contents.dataVersion}). They are frozen when the report is submitted.`}{' '}
          {contents.period.from} to {contents.period.to}.
        </p>
        {contents.measures ? (
          <MeasureHeadlines traineesInPost={contents.traineesInPost} measures={contents.measures} />
        ) : (
          <p>No figures for this locality.</p>
        )}
        <ReportJudgement contents={contents} />
        <DisclosureNote />
      </Part>
      <Part id="report-plan" title="Implementation plan">
        <PlanSummary plan={contents.plan} period={period} />
      </Part>
      <Part id="report-self-assessment" title="Self-assessment">
        <SelfAssessmentSummary assessment={contents.selfAssessment} />
      </Part>
      <Part id="report-narrative" title="Narrative">
        {narrative}
      </Part>
    </>
  );
}
