/**
 * Administration: baselines and targets per locality. A baseline is the measure's value in a
 * complete period, frozen when set after the administrator has seen it (later imports never move
 * it; a replaced one stays in the history); a target is the value to reach by a target period.
 * The table shows where each measure stands for the period chosen above.
 */

import { LOCALITIES, type LocalityCode, MEASURES, type MeasureCode } from '@ldm/shared';
import { periodLabelSchema } from '@ldm/shared/schemas/reporting';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import {
  ChoiceOptions,
  ErrorSummary,
  type FieldErrors,
  groupIssuesByField,
  SelectField,
  TextField,
} from '../../components/form-fields';
import { ProgressTable } from '../../components/measures/progress-table';
import { Confirmation, ErrorMessage, QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { useTRPC } from '../../lib/trpc';
import { usePeriod } from '../../lib/use-period';
import { LOCALITY_CHOICES } from '../../lib/vocabulary-choices';
import { AdminNav } from './admin-nav';
import { BaselineHistory } from './baseline-history';
import { FreezeBaselineForm } from './freeze-baseline-form';

const MEASURE_CHOICES = MEASURES.map((m) => ({ value: m.code, label: `${m.code} ${m.name}` }));

/** Targets are typed as people say them: 60 for 60%, 3 for "3 of 3 stages", 2.5 for a mean score. */
function targetValueOf(code: MeasureCode, typed: number): number {
  const unit = MEASURES.find((m) => m.code === code)!.unit;
  if (unit === 'proportion') return typed / 100;
  if (unit === 'stages') return typed / 3;
  return typed;
}

function SetFiguresForms({ localityCode }: { localityCode: LocalityCode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.measure.pathKey() });
  const setTarget = useMutation(trpc.measure.setTarget.mutationOptions({ onSuccess: refresh }));
  const onTarget = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const measureCode = String(form.get('targetMeasure')) as MeasureCode;
    const typed = Number(form.get('targetValue'));
    const targetPeriod = periodLabelSchema.safeParse(form.get('targetPeriod'));
    const problems: FieldErrors = {};
    if (!(String(form.get('targetValue')).trim() !== '' && Number.isFinite(typed) && typed >= 0))
      problems.targetValue = ['Enter a number, 0 or more.'];
    if (!targetPeriod.success) problems.targetPeriod = groupIssuesByField(targetPeriod.error.issues).form;
    setErrors(problems);
    if (Object.keys(problems).length || !targetPeriod.success) return;
    setDone(null);
    setTarget.mutate(
      { localityCode, measureCode, period: targetPeriod.data, value: targetValueOf(measureCode, typed) },
      { onSuccess: () => setDone(`Target for ${measureCode} set for ${targetPeriod.data}.`) },
    );
  };
  const failure = setTarget.error;
  return (
    <div className="two-columns">
      <FreezeBaselineForm localityCode={localityCode} />
      <form onSubmit={onTarget} noValidate aria-label="Set a target" className="entry-form">
        <h3>Set a target</h3>
        <ErrorSummary errors={errors} labels={{ targetValue: 'Target value', targetPeriod: 'Target period' }} />
        <SelectField name="targetMeasure" label="Measure" choices={MEASURE_CHOICES} />
        <TextField
          name="targetValue"
          label="Target value"
          hint="A percentage as a number (60 for 60%), stages out of 3, or a mean score out of 3."
          errors={errors.targetValue}
        />
        <TextField name="targetPeriod" label="Target period" hint="For example 2026-27." errors={errors.targetPeriod} />
        <button type="submit" className="button-primary" disabled={setTarget.isPending}>
          Set the target
        </button>
      </form>
      {failure ? <ErrorMessage error={failure} /> : null}
      <Confirmation>{done}</Confirmation>
    </div>
  );
}

export function MeasuresAdminPage() {
  const trpc = useTRPC();
  const [period] = usePeriod();
  const [localityCode, setLocalityCode] = useState<LocalityCode>(LOCALITIES[0].code);
  const selectId = useId();
  const dashboard = useQuery(trpc.measure.locality.queryOptions({ localityCode, period: period.label }));
  return (
    <>
      <h1>Baselines and targets</h1>
      <AdminNav />
      <div className="toolbar">
        <label htmlFor={selectId}>Locality</label>
        <select
          id={selectId}
          value={localityCode}
          onChange={(event) => setLocalityCode(event.target.value as LocalityCode)}
        >
          <ChoiceOptions choices={LOCALITY_CHOICES} />
        </select>
      </div>
      <section className="section" aria-labelledby="set-heading">
        <h2 id="set-heading">Change {nameOfPlace(localityCode)}'s baselines and targets</h2>
        <SetFiguresForms key={localityCode} localityCode={localityCode} />
      </section>
      <section className="section" aria-labelledby="standing-heading">
        <h2 id="standing-heading">
          Where {nameOfPlace(localityCode)} stands, {period.label}
        </h2>
        <QueryState query={dashboard} label="the figures">
          {(data) => (
            <ProgressTable
              by="measure"
              period={period.label}
              rows={data.progress}
              caption={`Baseline, latest and target, ${period.label}`}
              exportName={`baselines-${localityCode}-${period.label}`}
            />
          )}
        </QueryState>
      </section>
      <BaselineHistory localityCode={localityCode} />
    </>
  );
}
