/**
 * The controls of a search toolbar (the catalogue's filters, the resource search, the trainee
 * search): each change searches again, so the form itself never submits.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { Choice } from './form-fields';

export function SearchToolbar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="toolbar filters" role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}

/** A search box; `value` keeps it controlled, `defaultValue` leaves the typing to the browser. */
export function SearchField({
  id,
  label,
  onSearch,
  ...input
}: { id: string; label: string; onSearch: (text: string) => void } & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue'
>) {
  return (
    <div className="form-group">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" {...input} onChange={(event) => onSearch(event.target.value)} />
    </div>
  );
}

/** A filter's choice; its first option (`anyLabel`, the empty value) means "any" and is passed on as undefined. */
export function FilterSelect({
  id,
  label,
  anyLabel,
  value,
  choices,
  onChoose,
  children,
}: {
  id: string;
  label: string;
  anyLabel: string;
  value: string | number | undefined;
  choices: readonly Choice[];
  onChoose: (value: string | undefined) => void;
  /** Options after the choices' own, for a choice that is not a filter's vocabulary. */
  children?: ReactNode;
}) {
  return (
    <div className="form-group">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChoose(event.target.value || undefined)}>
        <option value="">{anyLabel}</option>
        {children}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A numeric filter's chosen value (a tier, a principle) from its option's text. */
export const chosenNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));
