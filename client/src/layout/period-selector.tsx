/**
 * The period picker: financial years with data (from the server's reference lists), each with its
 * quarters. Periods wholly in the future are not offered; the one in progress says "to date".
 */

import { mustParsePeriod } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc';
import { isOffered, listSelectablePeriods, periodTitle, usePeriod } from '../lib/use-period';

export function PeriodSelector() {
  const trpc = useTRPC();
  const [period, setPeriod] = usePeriod();
  const reference = useQuery(trpc.reference.lists.queryOptions());
  const years = reference.data?.periods.length
    ? reference.data.periods
    : listSelectablePeriods().map((group) => group.year.label);
  // A bookmarked period outside the data's years stays selectable, so the URL and the picker agree.
  const labels = (years.includes(period.financialYear) ? years : [period.financialYear, ...years]).filter(
    (year) => year === period.financialYear || isOffered(mustParsePeriod(year)),
  );
  return (
    <div className="period-selector">
      <label htmlFor="period-select">Period</label>
      <select id="period-select" value={period.label} onChange={(event) => setPeriod(event.target.value)}>
        {labels.map((year) => (
          <optgroup key={year} label={`Financial year ${year}`}>
            <option value={year}>{`${periodTitle(mustParsePeriod(year))} (April to March)`}</option>
            {[1, 2, 3, 4]
              .map((quarter) => mustParsePeriod(`${year} Q${quarter}`))
              .filter((quarter) => quarter.label === period.label || isOffered(quarter))
              .map((quarter) => (
                <option key={quarter.label} value={quarter.label}>
                  {periodTitle(quarter)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
