import { listSelectablePeriods, usePeriod } from '../lib/use-period';

export function PeriodSelector() {
  const [period, setPeriod] = usePeriod();
  const groups = listSelectablePeriods();
  return (
    <div className="period-selector">
      <label htmlFor="period-select">Period</label>
      <select id="period-select" value={period.label} onChange={(event) => setPeriod(event.target.value)}>
        {groups.map(({ year, quarters }) => (
          <optgroup key={year.label} label={`Financial year ${year.label}`}>
            <option value={year.label}>{year.label} (April to March)</option>
            {quarters.map((quarter) => (
              <option key={quarter.label} value={quarter.label}>
                {quarter.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
