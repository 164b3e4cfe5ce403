/** The search and filters of the resource repository; each change searches again. */
import { PRINCIPLES, TIERS } from '@ldm/shared';
import type { SearchResourcesInput } from '@ldm/shared/schemas/reporting';
import { chosenNumber, FilterSelect, SearchField, SearchToolbar } from '../../components/filter-controls';
import { LOCALITY_CHOICES, STAGE_CHOICES } from '../../lib/vocabulary-choices';

interface SearchProps {
  filters: SearchResourcesInput;
  onChange: (filters: SearchResourcesInput) => void;
}

const PRINCIPLE_CHOICES = PRINCIPLES.map((p) => ({ value: String(p.number), label: `${p.number}. ${p.name}` }));
const TIER_NUMBER_CHOICES = TIERS.map((t) => ({ value: String(t.tier), label: `Tier ${t.tier}` }));

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
      <FilterSelect
        id="resource-principle"
        label="Principle"
        anyLabel="Any principle"
        value={filters.principle}
        choices={PRINCIPLE_CHOICES}
        onChoose={(principle) => set({ principle: chosenNumber(principle) })}
      />
      <FilterSelect
        id="resource-stage"
        label="Stage"
        anyLabel="Any stage"
        value={filters.stage}
        choices={STAGE_CHOICES}
        onChoose={(stage) => set({ stage: stage as SearchResourcesInput['stage'] })}
      />
      <FilterSelect
        id="resource-tier"
        label="Tier"
        anyLabel="Any tier"
        value={filters.tier}
        choices={TIER_NUMBER_CHOICES}
        onChoose={(tier) => set({ tier: chosenNumber(tier) })}
      />
      <FilterSelect
        id="resource-origin"
        label="Shared by"
        anyLabel="Anyone"
        value={filters.origin}
        choices={LOCALITY_CHOICES}
        onChoose={(origin) => set({ origin: origin as SearchResourcesInput['origin'] })}
      >
        <option value="national">National implementation group</option>
      </FilterSelect>
    </SearchToolbar>
  );
}
