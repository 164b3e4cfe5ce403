import { describe, expect, it } from 'vitest';
import {
  comparableBaselinePeriod,
  financialYearLabel,
  financialYearOf,
  financialYearsBetween,
  latestCompleteFinancialYear,
  latestCompleteQuarter,
  mustParsePeriod,
  parsePeriod,
  periodState,
  periodsUpTo,
  todayIso,
} from './periods';

describe('period state', () => {
  const year = mustParsePeriod('2026-27'); // 2026-04-01 … 2027-03-31
  it.each([
    ['2027-04-01', 'complete'],
    ['2027-03-31', 'in progress'],
    ['2026-11-27', 'in progress'],
    ['2026-04-01', 'in progress'],
    ['2026-03-31', 'future'],
  ] as const)('2026-27 on %s is %s', (today, state) => {
    expect(periodState(year, today)).toBe(state);
  });

  it('judges quarters by their own dates', () => {
    expect(periodState(mustParsePeriod('2026-27 Q2'), '2026-11-27')).toBe('complete');
    expect(periodState(mustParsePeriod('2026-27 Q3'), '2026-11-27')).toBe('in progress');
    expect(periodState(mustParsePeriod('2026-27 Q4'), '2026-11-27')).toBe('future');
  });
});

describe('latest complete financial year', () => {
  it.each([
    ['2026-11-27', '2025-26'],
    ['2026-04-01', '2025-26'],
    ['2026-03-31', '2024-25'],
  ])('on %s is %s', (today, label) => {
    expect(latestCompleteFinancialYear(today).label).toBe(label);
  });

  it('reads today in UTC', () => {
    expect(todayIso(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-27');
  });
});

describe('last quarter of an SPC chart', () => {
  it.each([
    ['2025-26', '2026-11-27', '2025-26 Q4'],
    ['2026-27', '2026-11-27', '2026-27 Q2'], // Q2 ended 30 Sep; Q3 (Oct–Dec) is in progress
    ['2026-27', '2026-10-01', '2026-27 Q2'],
    ['2026-27', '2026-09-30', '2026-27 Q1'],
    ['2025-26 Q3', '2026-11-27', '2025-26 Q3'],
  ])('for %s on %s is %s', (label, today, quarter) => {
    expect(latestCompleteQuarter(mustParsePeriod(label), today)?.label).toBe(quarter);
  });
  it('is none while no quarter of the period is over', () => {
    expect(latestCompleteQuarter(mustParsePeriod('2026-27'), '2026-06-30')).toBeUndefined();
    expect(latestCompleteQuarter(mustParsePeriod('2026-27 Q3'), '2026-11-27')).toBeUndefined();
  });
});

describe('baseline a period is compared with', () => {
  const baseline = mustParsePeriod('2023-24');
  it('is the same quarter of the baseline year for a quarter', () => {
    expect(comparableBaselinePeriod(mustParsePeriod('2025-26 Q3'), baseline).label).toBe('2023-24 Q3');
    expect(comparableBaselinePeriod(mustParsePeriod('2025-26 Q1'), mustParsePeriod('2023-24 Q4')).label).toBe(
      '2023-24 Q1',
    );
  });
  it('is the baseline year for a year', () => {
    expect(comparableBaselinePeriod(mustParsePeriod('2025-26'), baseline).label).toBe('2023-24');
  });
});

describe('financial-year labels', () => {
  it('writes the start year and the last two digits of the next, across a century', () => {
    expect(financialYearLabel(2024)).toBe('2024-25');
    expect(financialYearLabel(2009)).toBe('2009-10');
    expect(financialYearLabel(1999)).toBe('1999-00');
  });

  it('puts 31 March in the year before and 1 April in the year that starts', () => {
    expect(financialYearOf('2024-03-31')).toBe('2023-24');
    expect(financialYearOf('2024-04-01')).toBe('2024-25');
  });

  it('names financial years between two dates, oldest first, and none when they are reversed', () => {
    expect(financialYearsBetween('2022-04-01', '2025-03-31')).toEqual(['2022-23', '2023-24', '2024-25']);
    expect(financialYearsBetween('2023-03-31', '2023-04-01')).toEqual(['2022-23', '2023-24']);
    expect(financialYearsBetween('2025-04-01', '2024-04-01')).toEqual([]);
  });

  it('steps back over quarters and years to the same labels parsePeriod accepts', () => {
    expect(periodsUpTo(parsePeriod('2000-01 Q2')!, 3).map((p) => p.label)).toEqual([
      '1999-00 Q4',
      '2000-01 Q1',
      '2000-01 Q2',
    ]);
  });
});
