/** One action in full: its links, its dated updates, and (for those who may change it) a new update, edit and delete. */

import { type LocalityCode, PLAN_ACTION_STATUSES } from '@ldm/shared';
import { planActionUpdateSchema } from '@ldm/shared/schemas/reporting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  ErrorSummary,
  type FieldErrors,
  groupIssuesByField,
  SelectField,
  TextAreaField,
} from '../../components/form-fields';
import { ErrorMessage } from '../../components/query-state';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { PlanActionForm } from './plan-action-form';
import { principleLabel, recommendationLabel } from './plan-words';

type PlanAction = RouterOutputs['plan']['list'][number];

function AddUpdateForm({ localityCode, action }: { localityCode: LocalityCode; action: PlanAction }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FieldErrors>({});
  const addUpdate = useMutation(
    trpc.plan.addUpdate.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.plan.list.queryKey({ localityCode }) }),
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = planActionUpdateSchema.safeParse({
      actionId: action.id,
      note: form.get('note'),
      status: form.get('status') || null,
    });
    if (!parsed.success) return setErrors(groupIssuesByField(parsed.error.issues));
    setErrors({});
    const target = event.currentTarget;
    addUpdate.mutate({ localityCode, ...parsed.data }, { onSuccess: () => target.reset() });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add an update" className="entry-form">
      <ErrorSummary errors={errors} labels={{ note: 'What has happened' }} />
      {addUpdate.error ? <ErrorMessage error={addUpdate.error} /> : null}
      <TextAreaField name="note" label="What has happened" errors={errors.note} />
      <SelectField
        name="status"
        label="Status after this update"
        choices={[
          { value: '', label: `unchanged (${action.status})` },
          ...PLAN_ACTION_STATUSES.map((s) => ({ value: s, label: s })),
        ]}
      />
      <button type="submit" className="button-primary" disabled={addUpdate.isPending}>
        Add the update
      </button>
    </form>
  );
}

export function PlanActionDetails({
  localityCode,
  action,
  mayEdit,
  onClose,
}: {
  localityCode: LocalityCode;
  action: PlanAction;
  mayEdit: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const remove = useMutation(
    trpc.plan.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.plan.list.queryKey({ localityCode }) });
        onClose();
      },
    }),
  );
  if (editing) return <PlanActionForm localityCode={localityCode} action={action} onDone={() => setEditing(false)} />;
  return (
    <div className="action-details">
      <p>
        Owner: {action.owner}. Due {action.dueDate}. Status: <strong>{action.status}</strong>
        {action.overdue ? <strong className="overdue"> — overdue</strong> : null}.
      </p>
      <h3>Serves</h3>
      <ul>
        {action.recommendations.map((n) => (
          <li key={`r${n}`}>{recommendationLabel(n)}</li>
        ))}
        {action.principles.map((n) => (
          <li key={`p${n}`}>Principle {principleLabel(n)}</li>
        ))}
        {action.recommendations.length + action.principles.length === 0 ? (
          <li>No recommendation or principle linked yet.</li>
        ) : null}
      </ul>
      <h3>Updates</h3>
      {action.updates.length === 0 ? (
        <p>No updates yet.</p>
      ) : (
        <ol className="update-list">
          {action.updates.map((u) => (
            <li key={u.id}>
              <strong>{u.createdAt.slice(0, 10)}</strong>
              {u.status ? ` (status: ${u.status})` : ''}: {u.note}
            </li>
          ))}
        </ol>
      )}
      {mayEdit ? (
        <>
          <AddUpdateForm localityCode={localityCode} action={action} />
          {remove.error ? <ErrorMessage error={remove.error} /> : null}
          <div className="form-actions">
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              Edit the action
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                window.confirm(`Delete “${action.title}”? Its updates go too.`) &&
                remove.mutate({ localityCode, actionId: action.id })
              }
            >
              Delete the action
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
