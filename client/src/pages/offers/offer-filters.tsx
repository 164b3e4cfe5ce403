/** The catalogue's filters: tier, stage, intervention, 70:20:10 mode, and a search of code, title and provider. */
import { chosenNumber, FilterSelect, SearchField, SearchToolbar } from '../../components/filter-controls';
import type { RouterInputs } from '../../lib/trpc';
import { INTERVENTION_CHOICES, LEARNING_MODE_CHOICES, STAGE_CHOICES, TIER_CHOICES } from '../../lib/vocabulary-choices';

export type OfferFilter = Omit<RouterInputs['offer']['list'], 'localityCode'>;

export function OfferFilters({ filter, onChange }: { filter: OfferFilter; onChange: (filter: OfferFilter) => void }) {
  const set = (patch: Partial<OfferFilter>) => onChange({ ...filter, ...patch });
  return (
    <SearchToolbar label="Filter the catalogue">
      <SearchField
        id="filter-search"
        label="Search"
        value={filter.search ?? ''}
        onSearch={(search) => set({ search: search || undefined })}
      />
      <FilterSelect
        id="filter-tier"
        label="Tier"
        anyLabel="All tiers"
        value={filter.tier}
        choices={TIER_CHOICES}
        onChoose={(tier) => set({ tier: chosenNumber(tier) as OfferFilter['tier'] })}
      />
      <FilterSelect
        id="filter-stage"
        label="Stage"
        anyLabel="All stages"
        value={filter.stage}
        choices={STAGE_CHOICES}
        onChoose={(stage) => set({ stage: stage as OfferFilter['stage'] })}
      />
      <FilterSelect
        id="filter-intervention"
        label="Intervention"
        anyLabel="All interventions"
        value={filter.intervention}
        choices={INTERVENTION_CHOICES}
        onChoose={(intervention) => set({ intervention: intervention as OfferFilter['intervention'] })}
      />
      <FilterSelect
        id="filter-mode"
        label="Learning mode (70:20:10)"
        anyLabel="All modes"
        value={filter.mode}
        choices={LEARNING_MODE_CHOICES}
        onChoose={(mode) => set({ mode: mode as OfferFilter['mode'] })}
      />
    </SearchToolbar>
  );
}
