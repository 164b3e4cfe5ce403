/** The catalogue's filters: tier, stage, intervention, 70:20:10 mode, and a search of code, title and provider. */
import { type ChoiceFilter, ChoiceFilters, SearchField, SearchToolbar } from '../../components/filter-controls';
import type { RouterInputs } from '../../lib/trpc';
import { INTERVENTION_CHOICES, LEARNING_MODE_CHOICES, STAGE_CHOICES, TIER_CHOICES } from '../../lib/vocabulary-choices';

export type OfferFilter = Omit<RouterInputs['offer']['list'], 'localityCode'>;

const CHOICE_FILTERS: ChoiceFilter<keyof OfferFilter>[] = [
  { key: 'tier', label: 'Tier', anyLabel: 'All tiers', choices: TIER_CHOICES, numeric: true },
  { key: 'stage', label: 'Stage', anyLabel: 'All stages', choices: STAGE_CHOICES },
  { key: 'intervention', label: 'Intervention', anyLabel: 'All interventions', choices: INTERVENTION_CHOICES },
  { key: 'mode', label: 'Learning mode (70:20:10)', anyLabel: 'All modes', choices: LEARNING_MODE_CHOICES },
];

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
      <ChoiceFilters idPrefix="filter" filters={CHOICE_FILTERS} values={filter} onChange={set} />
    </SearchToolbar>
  );
}
