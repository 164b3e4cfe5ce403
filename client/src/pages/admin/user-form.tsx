/**
 * Create a user, or change one's name, role, locality and whether they can sign in. The shared
 * schemas check the form first (e.g. a dean needs a locality; an administrator has none).
 */

import { ROLES } from '@ldm/shared';
import { createUserSchema, updateUserSchema } from '@ldm/shared/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { EntryForm, type FieldErrors, groupIssuesByField, SelectField, TextField } from '../../components/form-fields';
import { ErrorMessage } from '../../components/query-state';
import { ROLE_WORDS } from '../../lib/role-words';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { LOCALITY_CHOICES } from '../../lib/vocabulary-choices';

type User = RouterOutputs['user']['list'][number];

const LABELS = { email: 'Email address', name: 'Name', role: 'Role', localityCode: 'Locality', active: 'Can sign in' };

export function UserForm({
  user,
  onCreated,
  onDone,
}: {
  user?: User;
  onCreated: (email: string, password: string) => void;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        onCreated(result.user.email, result.password);
        onDone();
      },
    }),
  );
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const common = { name: form.get('name'), role: form.get('role'), localityCode: form.get('localityCode') || null };
    if (user) {
      const parsed = updateUserSchema.safeParse({ ...common, id: user.id, active: form.get('active') === 'yes' });
      if (!parsed.success) return setErrors(groupIssuesByField(parsed.error.issues));
      setErrors({});
      return update.mutate(parsed.data);
    }
    const parsed = createUserSchema.safeParse({ ...common, email: form.get('email') });
    if (!parsed.success) return setErrors(groupIssuesByField(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data);
  };
  const failure = create.error ?? update.error;
  return (
    <EntryForm
      label={user ? `Change ${user.name}` : 'Add a user'}
      onSubmit={onSubmit}
      errors={errors}
      labels={LABELS}
      submitLabel={user ? 'Save changes' : 'Add the user'}
      pending={create.isPending || update.isPending}
      onCancel={onDone}
    >
      {failure ? <ErrorMessage error={failure} /> : null}
      {user ? (
        <p>Email address: {user.email}</p>
      ) : (
        <TextField name="email" label={LABELS.email} type="email" errors={errors.email} />
      )}
      <TextField name="name" label={LABELS.name} defaultValue={user?.name} errors={errors.name} />
      <SelectField
        name="role"
        label={LABELS.role}
        choices={ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] }))}
        defaultValue={user?.role ?? 'academy_lead'}
        errors={errors.role}
      />
      <SelectField
        name="localityCode"
        label={LABELS.localityCode}
        hint="Deans and academy leads belong to one locality; administrators and national members to none."
        choices={[{ value: '', label: 'None' }, ...LOCALITY_CHOICES]}
        defaultValue={user?.localityCode ?? ''}
        errors={errors.localityCode}
      />
      {user ? (
        <SelectField
          name="active"
          label={LABELS.active}
          choices={[
            { value: 'yes', label: 'Yes: active' },
            { value: 'no', label: 'No: deactivated' },
          ]}
          defaultValue={user.active ? 'yes' : 'no'}
        />
      ) : null}
    </EntryForm>
  );
}
