/**
 * A locality rates itself against the 24 principles for the chosen review period. The form starts
 * from the assessment that counts for the period (this period's, or the latest before it), so a
 * locality only changes what has moved. The shared schema checks it before anything is sent.
 */

import { type LocalityCode, type Period, PRINCIPLES, SELF_ASSESSMENT_SCORES } from '@ldm/shared';
import { saveSelfAssessmentSchema } from '@ldm/shared/schemas/reporting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, type FieldErrors, groupIssuesByField, TextField } from '../../components/form-fields';
import { Confirmation, ErrorMessage } from '../../components/query-state';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

type Assessment = NonNullable<RouterOutputs['selfAssessment']['latest']>;

/** Today, or the period's last day for a past period: an assessment dated after the period does not count for it. */
function defaultDateFor(period: Period): string {
  const today = new Date().toISOString().slice(0, 10);
  return today < period.to ? today : period.to;
}

function readScores(form: FormData) {
  return PRINCIPLES.map((p) => ({
    principleNumber: p.number,
    // An unrated principle reads as NaN, so the schema names it rather than saving a guess.
    score: form.get(`score-${p.number}`) === null ? Number.NaN : Number(form.get(`score-${p.number}`)),
    evidence: String(form.get(`evidence-${p.number}`) ?? '').trim() || null,
  }));
}

export function SelfAssessmentForm({
  localityCode,
  period,
  startingFrom,
}: {
  localityCode: LocalityCode;
  period: Period;
  startingFrom: Assessment | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.selfAssessment.save.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.selfAssessment.pathKey() });
      },
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const scores = readScores(form);
    const unrated = scores.filter((s) => Number.isNaN(s.score)).map((s) => s.principleNumber);
    if (unrated.length) {
      setErrors({ scores: [`Rate every principle. Not yet rated: ${unrated.join(', ')}.`] });
      return;
    }
    const parsed = saveSelfAssessmentSchema.safeParse({
      period: period.label,
      assessedOn: form.get('assessedOn'),
      scores,
    });
    if (!parsed.success) return setErrors(groupIssuesByField(parsed.error.issues));
    // The server would accept a later date, but the assessment would then not count for this period (M7's rule).
    if (parsed.data.assessedOn > period.to)
      return setErrors({
        assessedOn: [
          `Date it on or before ${period.to}, the last day of ${period.label}, so that it counts for ${period.label}.`,
        ],
      });
    setErrors({});
    save.mutate({ localityCode, ...parsed.data });
  };
  const scoreOf = (n: number) => startingFrom?.scores.find((s) => s.principleNumber === n);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Self-assessment for ${period.label}`}>
      <ErrorSummary errors={errors} labels={{ assessedOn: 'Date of the assessment', scores: 'Ratings' }} />
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <TextField
        name="assessedOn"
        label="Date of the assessment"
        type="date"
        hint={`On or before ${period.to}, the last day of ${period.label}.`}
        defaultValue={startingFrom?.period === period.label ? startingFrom.assessedOn : defaultDateFor(period)}
        errors={errors.assessedOn}
      />
      <ol className="principle-list" id="field-scores">
        {PRINCIPLES.map((principle) => (
          <li key={principle.number} className="principle-item">
            <fieldset className="score-choices">
              <legend>
                {principle.number}. {principle.name}
              </legend>
              {SELF_ASSESSMENT_SCORES.map((choice) => (
                <label key={choice.score} className="score-choice">
                  <input
                    type="radio"
                    name={`score-${principle.number}`}
                    value={choice.score}
                    defaultChecked={scoreOf(principle.number)?.score === choice.score}
                  />{' '}
                  {choice.score} {choice.name.toLowerCase()}
                </label>
              ))}
            </fieldset>
            <label htmlFor={`evidence-${principle.number}`} className="evidence-label">
              Evidence for principle {principle.number}
            </label>
            <textarea
              id={`evidence-${principle.number}`}
              name={`evidence-${principle.number}`}
              rows={2}
              defaultValue={scoreOf(principle.number)?.evidence ?? ''}
            />
          </li>
        ))}
      </ol>
      <button type="submit" className="button-primary" disabled={save.isPending}>
        Save the self-assessment for {period.label}
      </button>
      {saved ? <Confirmation>Saved. The self-assessment for {period.label} now counts towards M7.</Confirmation> : null}
    </form>
  );
}
