/**
 * The controls of a search toolbar (the catalogue's filters, the resource search, the trainee
 * search): each change searches again, so the form itself never submits.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';
import { type Choice, ChoiceOptions } from './form-fields';

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

/** One filter of a search: a choice among `choices`, or any (`anyLabel`, the first option). */
export interface ChoiceFilter<Key extends string> {
  key: Key;
  label: string;
  anyLabel: string;
  choices: readonly Choice[];
  /** The filter takes a number (a tier, a principle), not the option's text. */
  numeric?: boolean;
}

/**
 * A select per filter, with ids `${idPrefix}-${key}`. Choosing "any" passes the filter on as
 * undefined (no filter); the choices come from the shared vocabularies, so their values are the
 * filter's own.
 */
export function ChoiceFilters<Filters extends object>({
  idPrefix,
  filters,
  values,
  onChange,
}: {
  idPrefix: string;
  filters: readonly ChoiceFilter<keyof Filters & string>[];
  values: Filters;
  onChange: (changes: Partial<Filters>) => void;
}) {
  return filters.map(({ key, label, anyLabel, choices, numeric }) => {
    const id = `${idPrefix}-${key}`;
    const value = values[key] as string | number | undefined;
    return (
      <div className="form-group" key={key}>
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={value ?? ''}
          onChange={(event) => {
            const chosen = event.target.value || undefined;
            onChange({ [key]: numeric && chosen !== undefined ? Number(chosen) : chosen } as Partial<Filters>);
          }}
        >
          <option value="">{anyLabel}</option>
          <ChoiceOptions choices={choices} />
        </select>
      </div>
    );
  });
}
