/** The search and filters of the resource repository; each change searches again. */
import { PRINCIPLES, TIERS } from '@ldm/shared';
import type { SearchResourcesInput } from '@ldm/shared/schemas/reporting';
import { type ChoiceFilter, ChoiceFilters, SearchField, SearchToolbar } from '../../components/filter-controls';
import { LOCALITY_CHOICES, STAGE_CHOICES } from '../../lib/vocabulary-choices';

interface SearchProps {
  filters: SearchResourcesInput;
  onChange: (filters: SearchResourcesInput) => void;
}

const CHOICE_FILTERS: ChoiceFilter<keyof SearchResourcesInput>[] = [
  {
    key: 'principle',
    label: 'Principle',
    anyLabel: 'Any principle',
    choices: PRINCIPLES.map((p) => ({ value: String(p.number), label: `${p.number}. ${p.name}` })),
    numeric: true,
  },
  { key: 'stage', label: 'Stage', anyLabel: 'Any stage', choices: STAGE_CHOICES },
  {
    key: 'tier',
    label: 'Tier',
    anyLabel: 'Any tier',
    choices: TIERS.map((t) => ({ value: String(t.tier), label: `Tier ${t.tier}` })),
    numeric: true,
  },
  {
    key: 'origin',
    label: 'Shared by',
    anyLabel: 'Anyone',
    choices: [{ value: 'national', label: 'National implementation group' }, ...LOCALITY_CHOICES],
  },
];

export function ResourceSearch({ filters, onChange }: SearchProps) {
  const set = (changes: Partial<SearchResourcesInput>) => onChange({ ...filters, ...changes });
  return (
    <SearchToolbar label="Search resources">
      <SearchField
        id="resource-text"
        label="Words in the title or text"
        defaultValue={filters.text ?? ''}
        onSearch={(text) => set({ text: text.trim() || undefined })}
      />
      <ChoiceFilters idPrefix="resource" filters={CHOICE_FILTERS} values={filters} onChange={set} />
    </SearchToolbar>
  );
}
