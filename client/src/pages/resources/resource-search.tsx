/** The search and filters of the resource repository; each change searches again. */
import { LOCALITIES, PRINCIPLES, STAGES, TIERS } from '@ldm/shared';
import type { SearchResourcesInput } from '@ldm/shared/schemas/reporting';

interface SearchProps {
  filters: SearchResourcesInput;
  onChange: (filters: SearchResourcesInput) => void;
}

/** An empty choice means "any". */
const orUndefined = <T,>(value: string, convert: (v: string) => T): T | undefined =>
  value === '' ? undefined : convert(value);

export function ResourceSearch({ filters, onChange }: SearchProps) {
  const set = (changes: Partial<SearchResourcesInput>) => onChange({ ...filters, ...changes });
  return (
    <form
      role="search"
      aria-label="Search resources"
      className="toolbar filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="form-group">
        <label htmlFor="resource-text">Words in the title or text</label>
        <input
          id="resource-text"
          type="search"
          defaultValue={filters.text ?? ''}
          onChange={(event) => set({ text: event.target.value.trim() || undefined })}
        />
      </div>
      <div className="form-group">
        <label htmlFor="resource-principle">Principle</label>
        <select
          id="resource-principle"
          value={filters.principle ?? ''}
          onChange={(event) => set({ principle: orUndefined(event.target.value, Number) })}
        >
          <option value="">Any principle</option>
          {PRINCIPLES.map((p) => (
            <option key={p.number} value={p.number}>
              {p.number}. {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="resource-stage">Stage</label>
        <select
          id="resource-stage"
          value={filters.stage ?? ''}
          onChange={(event) =>
            set({ stage: orUndefined(event.target.value, (v) => v as SearchResourcesInput['stage']) })
          }
        >
          <option value="">Any stage</option>
          {STAGES.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="resource-tier">Tier</label>
        <select
          id="resource-tier"
          value={filters.tier ?? ''}
          onChange={(event) => set({ tier: orUndefined(event.target.value, Number) })}
        >
          <option value="">Any tier</option>
          {TIERS.map((t) => (
            <option key={t.tier} value={t.tier}>
              Tier {t.tier}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="resource-origin">Shared by</label>
        <select
          id="resource-origin"
          value={filters.origin ?? ''}
          onChange={(event) =>
            set({ origin: orUndefined(event.target.value, (v) => v as SearchResourcesInput['origin']) })
          }
        >
          <option value="">Anyone</option>
          <option value="national">National implementation group</option>
          {LOCALITIES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
