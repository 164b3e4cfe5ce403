/**
 * Freezing a baseline in three steps, so that it is never done by accident: choose a complete
 * period and a measure; see the exact value that would be frozen (and the baseline it replaces);
 * confirm. The replaced baseline is kept in the history, not lost.
 */

import { type LocalityCode, MEASURES, type MeasureCode, mustParsePeriod, periodState, todayIso } from '@ldm/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/form-fields';
import { Confirmation, ErrorMessage } from '../../components/query-state';
import { formatCount, formatMeasureValue } from '../../lib/format';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

type Preview = RouterOutputs['measure']['previewBaseline'];

const MEASURE_CHOICES = MEASURES.map((m) => ({ value: m.code, label: `${m.code} ${m.name}` }));
const unitOf = (code: string) => MEASURES.find((m) => m.code === code)?.unit ?? 'proportion';

/** "50.0% (1 of 2)" — the value with the counts behind it. */
export function frozenValueText(
  measureCode: string,
  figures: { value: number | null; numerator: number; denominator: number },
) {
  const unit = unitOf(measureCode);
  const value = formatMeasureValue(unit, figures.value, figures.numerator, unit === 'stages' ? 3 : figures.denominator);
  return unit === 'proportion'
    ? `${value} (${formatCount(figures.numerator)} of ${formatCount(figures.denominator)})`
    : value;
}

/** Every year with data and its quarters, newest first, that is over today. */
function useCompletePeriods(): string[] {
  const trpc = useTRPC();
  const reference = useQuery(trpc.reference.lists.queryOptions());
  const today = todayIso();
  return (reference.data?.periods ?? [])
    .flatMap((year) => [year, ...[1, 2, 3, 4].map((q) => `${year} Q${q}`)])
    .filter((label) => periodState(mustParsePeriod(label), today) === 'complete')
    .reverse();
}

export function FreezeBaselineForm({ localityCode }: { localityCode: LocalityCode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const periods = useCompletePeriods();
  const [asking, setAsking] = useState<{ measureCode: MeasureCode; preview: Preview } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const freeze = useMutation(
    trpc.measure.setBaseline.mutationOptions({
      onSuccess: (row) => {
        setDone(
          `Baseline for ${row.measure_code} frozen at ${frozenValueText(row.measure_code, row)} from ${row.period}.`,
        );
        setAsking(null);
        void queryClient.invalidateQueries({ queryKey: trpc.measure.pathKey() });
      },
    }),
  );
  const onPreview = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const measureCode = String(form.get('baselineMeasure')) as MeasureCode;
    const period = String(form.get('baselinePeriod'));
    setDone(null);
    setProblem(null);
    try {
      const preview = await queryClient.fetchQuery({
        ...trpc.measure.previewBaseline.queryOptions({ localityCode, measureCode, period }),
        staleTime: 0,
      });
      setAsking({ measureCode, preview });
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <div className="entry-form">
      <form onSubmit={(event) => void onPreview(event)} aria-label="Freeze a baseline">
        <h3>Freeze a baseline</h3>
        <p className="note">
          A baseline is the measure's value in a complete period, frozen: later imports never move it. Periods still in
          progress are not offered.
        </p>
        <SelectField
          name="baselinePeriod"
          label="Baseline period"
          choices={periods.map((label) => ({ value: label, label }))}
        />
        <SelectField name="baselineMeasure" label="Measure" choices={MEASURE_CHOICES} />
        <button type="submit" className="button-secondary">
          Show the value to freeze
        </button>
      </form>
      {problem ? <ErrorMessage error={problem} /> : null}
      {asking ? (
        <div className="confirm-panel" role="alertdialog" aria-labelledby="freeze-confirm-heading">
          <h4 id="freeze-confirm-heading">
            Freeze {frozenValueText(asking.measureCode, asking.preview.measure)} as {nameOfPlace(localityCode)}'s{' '}
            {asking.measureCode} baseline from {asking.preview.period}?
          </h4>
          <p>
            {asking.preview.current
              ? `This replaces the baseline of ${frozenValueText(asking.measureCode, asking.preview.current)} from ${asking.preview.current.period}, set ${asking.preview.current.set_at.slice(0, 10)}. The old baseline is kept in the history below; every status is then judged against the new one.`
              : 'Every status of this measure will be judged against it.'}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              disabled={freeze.isPending}
              onClick={() =>
                freeze.mutate({ localityCode, measureCode: asking.measureCode, period: asking.preview.period })
              }
            >
              Yes, freeze this baseline
            </button>
            <button type="button" className="button-secondary" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
          {freeze.error ? <ErrorMessage error={freeze.error} /> : null}
        </div>
      ) : null}
      <Confirmation>{done}</Confirmation>
    </div>
  );
}
