/**
 * Form fields with the shared zod schemas' messages next to each field (and an error summary
 * linking to them), as the NHS service manual asks: the message says what to fix, in plain words.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import type { z } from 'zod';

export type FieldErrors = Record<string, string[] | undefined>;

/** zod issues (client parse) → messages per top-level field. */
export function groupIssuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return errors;
}

/**
 * A form checked by its shared schema before anything is sent: `onSubmit` reads the form, shows
 * each field's messages when a check fails, and passes only valid values on to `save`.
 * `setErrors` is for the server's refusal, shown in the summary.
 */
export function useCheckedForm<Schema extends z.ZodType>(
  schema: Schema,
  read: (form: FormData) => unknown,
  save: (values: z.output<Schema>) => void,
) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = schema.safeParse(read(new FormData(event.currentTarget)));
    if (!parsed.success) return setErrors(groupIssuesByField(parsed.error.issues));
    setErrors({});
    save(parsed.data);
  };
  return { errors, setErrors, onSubmit };
}

export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels: Record<string, string> }) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length));
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <h2>There is a problem</h2>
      <ul>
        {entries.map(([field, messages]) => (
          <li key={field}>
            {labels[field] ? (
              <a href={`#field-${field}`}>{`${labels[field]}: ${messages.join(' ')}`}</a>
            ) : (
              messages.join(' ')
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
}

/** Label, hint and message wired to the control by id, so screen readers read them together. */
function FieldFrame({
  name,
  label,
  errors,
  hint,
  children,
}: FieldProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const describedBy =
    [hint ? `field-${name}-hint` : null, errors ? `field-${name}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors ? 'form-group form-group-error' : 'form-group'}>
      <label htmlFor={`field-${name}`}>{label}</label>
      {hint ? (
        <p id={`field-${name}-hint`} className="note">
          {hint}
        </p>
      ) : null}
      {errors ? (
        <p id={`field-${name}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

export function TextField({
  defaultValue,
  type = 'text',
  ...props
}: FieldProps & { defaultValue?: string | number | null; type?: string }) {
  return (
    <FieldFrame {...props}>
      {(describedBy) => (
        <input
          id={`field-${props.name}`}
          name={props.name}
          type={type}
          defaultValue={defaultValue ?? ''}
          aria-invalid={props.errors ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ defaultValue, ...props }: FieldProps & { defaultValue?: string | null }) {
  return (
    <FieldFrame {...props}>
      {(describedBy) => (
        <textarea
          id={`field-${props.name}`}
          name={props.name}
          rows={4}
          defaultValue={defaultValue ?? ''}
          aria-invalid={props.errors ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A select's options, one per choice, in the choices' order. */
export function ChoiceOptions({ choices }: { choices: readonly Choice[] }) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}

export function SelectField({
  choices,
  defaultValue,
  ...props
}: FieldProps & { choices: Choice[]; defaultValue?: string | null }) {
  return (
    <FieldFrame {...props}>
      {(describedBy) => (
        <select
          id={`field-${props.name}`}
          name={props.name}
          defaultValue={defaultValue ?? ''}
          aria-invalid={props.errors ? true : undefined}
          aria-describedby={describedBy}
        >
          <ChoiceOptions choices={choices} />
        </select>
      )}
    </FieldFrame>
  );
}

/** A group of checkboxes: its legend names it, and its message sits inside the fieldset. */
export function CheckboxGroup({
  name,
  label,
  choices,
  checked,
  errors,
}: FieldProps & { choices: Choice[]; checked: readonly string[] }) {
  return (
    <fieldset
      id={`field-${name}`}
      className={errors ? 'form-group checkbox-group form-group-error' : 'form-group checkbox-group'}
    >
      <legend>{label}</legend>
      {errors ? <p className="field-error">{errors.join(' ')}</p> : null}
      {choices.map((choice) => (
        <label key={choice.value} className="checkbox">
          <input type="checkbox" name={name} value={choice.value} defaultChecked={checked.includes(choice.value)} />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * An add-or-edit form: checked field by field here rather than by the browser (`noValidate`), its
 * error summary above the fields, and its closing buttons below them.
 */
export function EntryForm({
  label,
  onSubmit,
  errors,
  labels,
  children,
  ...actions
}: {
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  errors: FieldErrors;
  labels: Record<string, string>;
  children: ReactNode;
} & Parameters<typeof FormActions>[0]) {
  return (
    <form className="entry-form" onSubmit={onSubmit} noValidate aria-label={label}>
      <ErrorSummary errors={errors} labels={labels} />
      {children}
      <FormActions {...actions} />
    </form>
  );
}

/** A form's closing buttons: the primary action (disabled while it saves) and Cancel. */
function FormActions({
  submitLabel,
  pending,
  onCancel,
}: {
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={pending}>
        {submitLabel}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
