/**
 * The reporting period lives in the URL (`?period=2024-25 Q3`) so every view can be shared and
 * bookmarked. Without one, views open on the latest complete financial year (PRODUCT.md §12.4).
 */

import {
  financialYearOf,
  latestCompleteFinancialYear,
  mustParsePeriod,
  type Period,
  parsePeriod,
  periodState,
  periodsUpTo,
  todayIso,
} from '@ldm/shared';
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
  const period = parsePeriod(params.get('period') ?? '') ?? latestCompleteFinancialYear(todayIso());
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

/** A period's name as shown: one not yet over is "to date" (and gets no status). */
export function periodTitle(period: Period, today = todayIso()): string {
  return periodState(period, today) === 'in progress' ? `${period.label} to date` : period.label;
}

/** Future periods are not offered: nothing in them can be judged. */
export function isOffered(period: Period, today = todayIso()): boolean {
  return periodState(period, today) !== 'future';
}
