/**
 * Reporting periods: the NHS financial year (April–March) written `2024-25`, and its quarters
 * `2024-25 Q1` (Apr–Jun) … `Q4` (Jan–Mar). Dates are ISO `YYYY-MM-DD` strings, inclusive.
 */
export interface Period {
  label: string;
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  /** The financial year containing the period, e.g. `2024-25`. */
  financialYear: string;
  quarter: 1 | 2 | 3 | 4 | null;
}

const PERIOD_PATTERN = /^(\d{4})-(\d{2})(?: Q([1-4]))?$/;

const QUARTER_BOUNDS = [
  ['04-01', '06-30', 0],
  ['07-01', '09-30', 0],
  ['10-01', '12-31', 0],
  ['01-01', '03-31', 1],
] as const;

/** Parses `2024-25` or `2024-25 Q3`; returns undefined for anything else (e.g. `2024-26`). */
export function parsePeriod(label: string): Period | undefined {
  const match = PERIOD_PATTERN.exec(label.trim());
  if (!match) return undefined;
  const startYear = Number(match[1]);
  const endSuffix = match[2]!;
  if ((startYear + 1) % 100 !== Number(endSuffix)) return undefined;
  const financialYear = `${startYear}-${endSuffix}`;
  if (!match[3]) {
    return {
      label: financialYear,
      from: `${startYear}-04-01`,
      to: `${startYear + 1}-03-31`,
      financialYear,
      quarter: null,
    };
  }
  const quarter = Number(match[3]) as 1 | 2 | 3 | 4;
  const [fromMd, toMd, yearOffset] = QUARTER_BOUNDS[quarter - 1]!;
  const year = startYear + yearOffset;
  return {
    label: `${financialYear} Q${quarter}`,
    from: `${year}-${fromMd}`,
    to: `${year}-${toMd}`,
    financialYear,
    quarter,
  };
}

export function mustParsePeriod(label: string): Period {
  const period = parsePeriod(label);
  if (!period)
    throw new Error(`"${label}" is not a period: write a financial year like 2024-25 or a quarter like 2024-25 Q3`);
  return period;
}

/** The financial year (`2024-25`) that contains an ISO date. */
export function financialYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return financialYearLabel(month >= 4 ? year : year - 1);
}

/** The label of the financial year starting in April of `startYear`: 2024 → `2024-25`, 1999 → `1999-00`. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Every financial year from the one containing `firstDate` to the one containing `lastDate` (ISO dates), oldest first. */
export function financialYearsBetween(firstDate: string, lastDate: string): string[] {
  const from = Number(financialYearOf(firstDate).slice(0, 4));
  const to = Number(financialYearOf(lastDate).slice(0, 4));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => financialYearLabel(from + i));
}

/** Consecutive periods ending with `last` (inclusive), oldest first: years, or quarters when `last` is a quarter. */
export function periodsUpTo(last: Period, count: number): Period[] {
  const periods: Period[] = [];
  let startYear = Number(last.financialYear.slice(0, 4));
  let quarter = last.quarter;
  for (let i = 0; i < count; i++) {
    const fy = financialYearLabel(startYear);
    periods.unshift(mustParsePeriod(quarter ? `${fy} Q${quarter}` : fy));
    if (quarter && quarter > 1) quarter = (quarter - 1) as 1 | 2 | 3;
    else {
      startYear -= 1;
      if (quarter) quarter = 4;
    }
  }
  return periods;
}

/** Do two inclusive ISO date ranges share at least one day? */
export function overlaps(aFrom: string, aTo: string, bFrom: string, bTo: string): boolean {
  return aFrom <= bTo && bFrom <= aTo;
}

/**
 * Whether a period is over (PRODUCT.md §12.4): complete when its last day is before today, in
 * progress when today falls in it, future otherwise. Only complete periods get a status.
 */
export type PeriodState = 'complete' | 'in progress' | 'future';

export function periodState(period: Pick<Period, 'from' | 'to'>, today: string): PeriodState {
  if (period.to < today) return 'complete';
  return period.from <= today ? 'in progress' : 'future';
}

/** Today's date as ISO `YYYY-MM-DD` in UTC — the one clock every period judgement reads. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The latest financial year whose last day is before today: where the dashboard opens. */
export function latestCompleteFinancialYear(today: string): Period {
  const current = mustParsePeriod(financialYearOf(today));
  return periodsUpTo(current, 2)[0]!;
}

/**
 * The last quarter of an SPC chart for a period (PRODUCT.md §12.3, §12.4): the period's latest
 * complete quarter — a year's Q4 once the year is over, a quarter itself — so a quarter still in
 * progress never enters a series as if it were over; undefined when none of it is complete.
 */
export function latestCompleteQuarter(period: Period, today: string): Period | undefined {
  const quarters = period.quarter === null ? periodsUpTo(mustParsePeriod(`${period.label} Q4`), 4) : [period];
  return quarters.filter((quarter) => periodState(quarter, today) === 'complete').at(-1);
}

/**
 * The baseline period a period is judged against: a year against the baseline's year, a quarter
 * against the same quarter of the baseline's financial year — never a quarter against a year.
 */
export function comparableBaselinePeriod(period: Period, baselinePeriod: Period): Period {
  return period.quarter === null
    ? mustParsePeriod(baselinePeriod.financialYear)
    : mustParsePeriod(`${baselinePeriod.financialYear} Q${period.quarter}`);
}
