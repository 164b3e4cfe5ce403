/** Localities side by side, with a switch to the seven NHS England regions (pooled figures). */
import { useState } from 'react';
import type { RouterOutputs } from '../../lib/trpc';
import { ComparisonSection } from '../../components/measures/comparison-section';

type NationalOverview = RouterOutputs['measure']['national'];

export function ComparisonPanel({ localities, regions, period }: { localities: NationalOverview['localities']; regions: NationalOverview['regions']; period: string }) {
  const [groupBy, setGroupBy] = useState<'locality' | 'region'>('locality');
  const rows = (groupBy === 'locality' ? localities : regions).map((place) => ({ ...place, label: place.name }));
  return (
    <section className="section" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{groupBy === 'locality' ? 'Localities' : 'NHS England regions'} side by side</h2>
      <fieldset className="toolbar switch">
        <legend>Compare</legend>
        {(['locality', 'region'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="group-by" value={option} checked={groupBy === option} onChange={() => setGroupBy(option)} />{' '}
            {option === 'locality' ? 'the 13 localities' : 'the 7 regions'}
          </label>
        ))}
      </fieldset>
      <ComparisonSection
        rows={rows}
        labelHeader={groupBy === 'locality' ? 'Locality' : 'Region'}
        caption={`Measures by ${groupBy}, ${period}`}
        exportName={`measures-by-${groupBy}-${period}`}
      />
    </section>
  );
}
