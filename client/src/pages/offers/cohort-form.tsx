/** Add or edit a cohort of an offer; the shared `cohortSchema` gives each field its message (e.g. an end before the start). */

import type { LocalityCode } from '@ldm/shared';
import { cohortSchema } from '@ldm/shared/schemas';
import { useMutation } from '@tanstack/react-query';
import { EntryForm, TextField, useCheckedForm } from '../../components/form-fields';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { CodeField } from './code-field';
import { useCatalogueSave } from './use-catalogue-save';

type ApiCohort = RouterOutputs['offer']['get']['cohorts'][number];

const LABELS: Record<string, string> = {
  code: 'Cohort code',
  startDate: 'Start date',
  endDate: 'End date',
  places: 'Places',
};

/** The fields an edit fills with the cohort's values (its code cannot change). */
const EDITABLE_FIELDS = [
  { name: 'startDate', type: 'date' },
  { name: 'endDate', type: 'date' },
  { name: 'places', type: 'number' },
] as const;

interface CohortFormProps {
  localityCode: LocalityCode;
  offerCode: string;
  cohort?: ApiCohort;
  onDone: () => void;
}

export function CohortForm({ localityCode, offerCode, cohort, onDone }: CohortFormProps) {
  const trpc = useTRPC();
  const options = useCatalogueSave(onDone, (message) => setErrors({ form: [message] }));
  const create = useMutation(trpc.offer.createCohort.mutationOptions(options));
  const update = useMutation(trpc.offer.updateCohort.mutationOptions(options));
  const readCohortForm = (form: FormData) => {
    const places = String(form.get('places') ?? '').trim();
    return {
      code: String(form.get('code') ?? ''),
      offerCode,
      startDate: String(form.get('startDate') ?? ''),
      endDate: String(form.get('endDate') ?? ''),
      places: places === '' ? undefined : Number(places),
    };
  };
  const { errors, setErrors, onSubmit } = useCheckedForm(cohortSchema, readCohortForm, (fields) =>
    (cohort ? update : create).mutate({ localityCode, cohort: fields }),
  );
  return (
    <EntryForm
      label={cohort ? `Edit cohort ${cohort.code}` : 'Add a cohort'}
      onSubmit={onSubmit}
      errors={errors}
      labels={LABELS}
      submitLabel={cohort ? 'Save cohort' : 'Add cohort'}
      pending={create.isPending || update.isPending}
      onCancel={onDone}
    >
      <CodeField saved={cohort?.code} label={LABELS.code!} hint={`e.g. ${offerCode}-2025`} errors={errors.code} />
      {EDITABLE_FIELDS.map(({ name, type }) => (
        <TextField
          key={name}
          name={name}
          type={type}
          label={LABELS[name]!}
          defaultValue={cohort?.[name]}
          errors={errors[name]}
        />
      ))}
    </EntryForm>
  );
}
