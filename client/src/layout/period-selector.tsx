/** The period picker: financial years with data (from the server's reference lists), each with its quarters. */

import { mustParsePeriod } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';
import { listSelectablePeriods, usePeriod } from '../lib/use-period';

export function PeriodSelector() {
  const trpc = useTRPC();
  const [period, setPeriod] = usePeriod();
  const reference = useQuery(trpc.reference.lists.queryOptions());
  const years = reference.data?.periods.length
    ? reference.data.periods
    : listSelectablePeriods().map((group) => group.year.label);
  // A bookmarked period outside the data's years stays selectable, so the URL and the picker agree.
  const labels = years.includes(period.financialYear) ? years : [period.financialYear, ...years];
  return (
    <div className="period-selector">
      <label htmlFor="period-select">Period</label>
      <select id="period-select" value={period.label} onChange={(event) => setPeriod(event.target.value)}>
        {labels.map((year) => (
          <optgroup key={year} label={`Financial year ${year}`}>
            <option value={year}>{year} (April to March)</option>
            {[1, 2, 3, 4].map((quarter) => {
              const label = mustParsePeriod(`${year} Q${quarter}`).label;
              return (
                <option key={label} value={label}>
                  {label}
                </option>
              );
            })}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
