/**
 * The reporting period lives in the URL (`?period=2024-25 Q3`) so every view can be shared and
 * bookmarked. Without one, views show the current financial year.
 */

import { financialYearOf, mustParsePeriod, type Period, parsePeriod, periodsUpTo } from '@ldm/shared';
import { useSearchParams } from 'react-router';

/** How many financial years the selector offers before the server has said which years hold data. */
const YEARS_OFFERED = 5;

export function currentFinancialYear(today = new Date()): Period {
  return mustParsePeriod(financialYearOf(today.toISOString().slice(0, 10)));
}

/** The latest financial years, newest first, each with its four quarters. */
export function listSelectablePeriods(today = new Date()): { year: Period; quarters: Period[] }[] {
  return periodsUpTo(currentFinancialYear(today), YEARS_OFFERED)
    .reverse()
    .map((year) => ({ year, quarters: [1, 2, 3, 4].map((q) => mustParsePeriod(`${year.label} Q${q}`)) }));
}

export function usePeriod(): [Period, (label: string) => void] {
  const [params, setParams] = useSearchParams();
  const period = parsePeriod(params.get('period') ?? '') ?? currentFinancialYear();
  const setPeriod = (label: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('period', label);
      return next;
    });
  return [period, setPeriod];
}

/** A link target that keeps the chosen period when moving between views. */
export function withPeriod(path: string, period: Period): string {
  return `${path}?${new URLSearchParams({ period: period.label }).toString()}`;
}
