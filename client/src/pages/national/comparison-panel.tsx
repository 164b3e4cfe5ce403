/** Localities side by side, with a switch to the seven NHS England regions (pooled figures). */
import { useState } from 'react';
import { ComparisonSection } from '../../components/measures/comparison-section';
import type { RouterOutputs } from '../../lib/trpc';
import { usePeriod, withPeriod } from '../../lib/use-period';
import { useSessionUser } from '../../lib/use-session';

type NationalOverview = RouterOutputs['measure']['national'];

export function ComparisonPanel({
  localities,
  regions,
}: {
  localities: NationalOverview['localities'];
  regions: NationalOverview['regions'];
}) {
  const [groupBy, setGroupBy] = useState<'locality' | 'region'>('locality');
  const user = useSessionUser();
  const [period] = usePeriod();
  // Links only where the server will answer: national and admin see every locality, others their own.
  const canOpen = (code: string) => user.role === 'admin' || user.role === 'national' || user.localityCode === code;
  const rows =
    groupBy === 'locality'
      ? localities.map((place) => ({
          ...place,
          label: place.name,
          href: canOpen(place.code) ? withPeriod(`/localities/${place.code}`, period) : undefined,
        }))
      : regions.map((place) => ({ ...place, label: place.name }));
  return (
    <section className="section" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{groupBy === 'locality' ? 'Localities' : 'NHS England regions'} side by side</h2>
      <fieldset className="toolbar switch">
        <legend>Compare</legend>
        {(['locality', 'region'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="group-by"
              value={option}
              checked={groupBy === option}
              onChange={() => setGroupBy(option)}
            />{' '}
            {option === 'locality' ? 'the 13 localities' : 'the 7 regions'}
          </label>
        ))}
      </fieldset>
      <ComparisonSection
        rows={rows}
        labelHeader={groupBy === 'locality' ? 'Locality' : 'Region'}
        caption={`Measures by ${groupBy}, ${period.label}`}
        exportName={`measures-by-${groupBy}-${period.label}`}
      />
    </section>
  );
}
