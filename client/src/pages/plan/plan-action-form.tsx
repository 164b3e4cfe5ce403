/**
 * Add or edit a plan action. The shared `planActionFieldsSchema` checks the form first, so each
 * field shows its own message; the server checks again.
 */

import { type LocalityCode, PLAN_ACTION_STATUSES, PRINCIPLES, RECOMMENDATIONS } from '@ldm/shared';
import { planActionFieldsSchema } from '@ldm/shared/schemas/reporting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CheckboxGroup, EntryForm, SelectField, TextField, useCheckedForm } from '../../components/form-fields';
import { ErrorMessage } from '../../components/query-state';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { principleLabel, recommendationLabel } from './plan-words';

type PlanAction = RouterOutputs['plan']['list'][number];

const LABELS = {
  title: 'Action',
  owner: 'Owner',
  dueDate: 'Due date',
  status: 'Status',
  recommendations: 'Recommendations it serves',
  principles: 'Principles it serves',
};

function readActionForm(form: FormData) {
  return {
    title: form.get('title'),
    owner: form.get('owner'),
    dueDate: form.get('dueDate'),
    status: form.get('status'),
    recommendations: form.getAll('recommendations').map(Number),
    principles: form.getAll('principles').map(Number),
  };
}

export function PlanActionForm({
  localityCode,
  action,
  onDone,
}: {
  localityCode: LocalityCode;
  action?: PlanAction;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.plan.list.queryKey({ localityCode }) });
      onDone();
    },
  };
  const create = useMutation(trpc.plan.create.mutationOptions(options));
  const update = useMutation(trpc.plan.update.mutationOptions(options));
  const { errors, onSubmit } = useCheckedForm(planActionFieldsSchema, readActionForm, (fields) =>
    action
      ? update.mutate({ localityCode, actionId: action.id, ...fields })
      : create.mutate({ localityCode, ...fields }),
  );
  const failure = create.error ?? update.error;
  return (
    <EntryForm
      label={action ? `Edit “${action.title}”` : 'Add an action'}
      onSubmit={onSubmit}
      errors={errors}
      labels={LABELS}
      submitLabel={action ? 'Save changes' : 'Add the action'}
      pending={create.isPending || update.isPending}
      onCancel={onDone}
    >
      {failure ? <ErrorMessage error={failure} /> : null}
      <TextField name="title" label={LABELS.title} defaultValue={action?.title} errors={errors.title} />
      <TextField
        name="owner"
        label={LABELS.owner}
        hint="A named person or role, e.g. Head of the leadership academy."
        defaultValue={action?.owner}
        errors={errors.owner}
      />
      <TextField
        name="dueDate"
        label={LABELS.dueDate}
        type="date"
        defaultValue={action?.dueDate}
        errors={errors.dueDate}
      />
      <SelectField
        name="status"
        label={LABELS.status}
        choices={PLAN_ACTION_STATUSES.map((s) => ({ value: s, label: s }))}
        defaultValue={action?.status ?? 'not started'}
        errors={errors.status}
      />
      <CheckboxGroup
        name="recommendations"
        label={LABELS.recommendations}
        choices={RECOMMENDATIONS.map((r) => ({ value: String(r.number), label: recommendationLabel(r.number) }))}
        checked={(action?.recommendations ?? []).map(String)}
        errors={errors.recommendations}
      />
      <CheckboxGroup
        name="principles"
        label={LABELS.principles}
        choices={PRINCIPLES.map((p) => ({ value: String(p.number), label: principleLabel(p.number) }))}
        checked={(action?.principles ?? []).map(String)}
        errors={errors.principles}
      />
    </EntryForm>
  );
}
