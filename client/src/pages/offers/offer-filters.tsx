/** The catalogue's filters: tier, stage, intervention, 70:20:10 mode, and a search of code, title and provider. */
import { INTERVENTIONS, LEARNING_MODES, STAGES, TIERS } from '@ldm/shared';
import type { RouterInputs } from '../../lib/trpc';

export type OfferFilter = Omit<RouterInputs['offer']['list'], 'localityCode'>;

const ALL = '';

export function OfferFilters({ filter, onChange }: { filter: OfferFilter; onChange: (filter: OfferFilter) => void }) {
  const set = (patch: Partial<OfferFilter>) => onChange({ ...filter, ...patch });
  return (
    <form
      className="toolbar filters"
      role="search"
      aria-label="Filter the catalogue"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="form-group">
        <label htmlFor="filter-search">Search</label>
        <input
          id="filter-search"
          type="search"
          value={filter.search ?? ''}
          onChange={(event) => set({ search: event.target.value || undefined })}
        />
      </div>
      <div className="form-group">
        <label htmlFor="filter-tier">Tier</label>
        <select
          id="filter-tier"
          value={filter.tier ?? ALL}
          onChange={(event) =>
            set({ tier: event.target.value ? (Number(event.target.value) as OfferFilter['tier']) : undefined })
          }
        >
          <option value={ALL}>All tiers</option>
          {TIERS.map((t) => (
            <option key={t.tier} value={t.tier}>{`${t.tier}: ${t.name}`}</option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="filter-stage">Stage</label>
        <select
          id="filter-stage"
          value={filter.stage ?? ALL}
          onChange={(event) => set({ stage: (event.target.value || undefined) as OfferFilter['stage'] })}
        >
          <option value={ALL}>All stages</option>
          {STAGES.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="filter-intervention">Intervention</label>
        <select
          id="filter-intervention"
          value={filter.intervention ?? ALL}
          onChange={(event) => set({ intervention: (event.target.value || undefined) as OfferFilter['intervention'] })}
        >
          <option value={ALL}>All interventions</option>
          {INTERVENTIONS.map((i) => (
            <option key={i.code} value={i.code}>
              {i.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="filter-mode">Learning mode (70:20:10)</label>
        <select
          id="filter-mode"
          value={filter.mode ?? ALL}
          onChange={(event) => set({ mode: (event.target.value || undefined) as OfferFilter['mode'] })}
        >
          <option value={ALL}>All modes</option>
          {LEARNING_MODES.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
