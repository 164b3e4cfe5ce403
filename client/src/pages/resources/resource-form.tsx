/**
 * Share a resource: a web address or the text itself, tagged by principle, stage and tier. The
 * locality of origin follows the sharer (a locality's users share as it, the national group as
 * "national"); only an administrator chooses. The shared `createResourceSchema` checks it first.
 */

import { PRINCIPLES, TIERS } from '@ldm/shared';
import { createResourceSchema } from '@ldm/shared/schemas/reporting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CheckboxGroup,
  EntryForm,
  SelectField,
  TextAreaField,
  TextField,
  useCheckedForm,
} from '../../components/form-fields';
import { ErrorMessage } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { useTRPC } from '../../lib/trpc';
import { useSessionUser } from '../../lib/use-session';
import { LOCALITY_CHOICES, STAGE_CHOICES } from '../../lib/vocabulary-choices';

const LABELS = {
  title: 'Title',
  url: 'Web address',
  body: 'Text of the resource',
  localityCode: 'Shared by',
  principles: 'Principles',
  stages: 'Stages',
  tiers: 'Tiers',
};
const NATIONAL = 'national';

export function ResourceForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.resource.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.resource.search.pathKey() });
        onDone();
      },
    }),
  );
  const readResourceForm = (form: FormData) => {
    const origin = user.role === 'admin' ? String(form.get('localityCode')) : (user.localityCode ?? NATIONAL);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    return {
      title: form.get('title'),
      url: text('url'),
      body: text('body'),
      localityCode: origin === NATIONAL ? null : origin,
      principles: form.getAll('principles').map(Number),
      stages: form.getAll('stages'),
      tiers: form.getAll('tiers').map(Number),
    };
  };
  const { errors, onSubmit } = useCheckedForm(createResourceSchema, readResourceForm, (resource) =>
    create.mutate(resource),
  );
  return (
    <EntryForm
      label="Share a resource"
      onSubmit={onSubmit}
      errors={errors}
      labels={LABELS}
      submitLabel="Share the resource"
      pending={create.isPending}
      onCancel={onDone}
    >
      {create.error ? <ErrorMessage error={create.error} /> : null}
      <TextField name="title" label={LABELS.title} errors={errors.title} />
      <TextField
        name="url"
        label={LABELS.url}
        type="url"
        hint="Give a web address, or write the text below (or both)."
        errors={errors.url}
      />
      <TextAreaField name="body" label={LABELS.body} errors={errors.body} />
      {user.role === 'admin' ? (
        <SelectField
          name="localityCode"
          label={LABELS.localityCode}
          choices={[{ value: NATIONAL, label: 'National implementation group' }, ...LOCALITY_CHOICES]}
          errors={errors.localityCode}
        />
      ) : (
        <p>Shared by: {user.localityCode ? nameOfPlace(user.localityCode) : 'National implementation group'}.</p>
      )}
      <CheckboxGroup name="stages" label={LABELS.stages} choices={STAGE_CHOICES} checked={[]} errors={errors.stages} />
      <CheckboxGroup
        name="tiers"
        label={LABELS.tiers}
        choices={TIERS.map((t) => ({ value: String(t.tier), label: `Tier ${t.tier}: ${t.name.toLowerCase()}` }))}
        checked={[]}
        errors={errors.tiers}
      />
      <CheckboxGroup
        name="principles"
        label={LABELS.principles}
        choices={PRINCIPLES.map((p) => ({ value: String(p.number), label: `${p.number}. ${p.name}` }))}
        checked={[]}
        errors={errors.principles}
      />
    </EntryForm>
  );
}
