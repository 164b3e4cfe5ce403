/**
 * The demo's timeline: five financial years up to the one containing `today`, and the rotation
 * dates of each training year (August to August; rotations change on the first Wednesday of the
 * month, as in real deaneries).
 */
import { financialYearOf, mustParsePeriod, type Period, periodsUpTo } from '@ldm/shared';

export const DEMO_YEARS = 5;

export interface DemoCalendar {
  today: string;
  years: Period[];
  /** Start year of the first financial year, e.g. 2022 for 2022-23. */
  firstYear: number;
  /** Start year of the current financial year. */
  lastYear: number;
}

export function createDemoCalendar(today: string): DemoCalendar {
  const years = periodsUpTo(mustParsePeriod(financialYearOf(today)), DEMO_YEARS);
  const firstYear = Number(years[0]!.from.slice(0, 4));
  return { today, years, firstYear, lastYear: firstYear + DEMO_YEARS - 1 };
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDate(date);
}

function firstWednesday(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month - 1, 1));
  date.setUTCDate(1 + ((3 - date.getUTCDay() + 7) % 7));
  return isoDate(date);
}

export interface Rotation {
  start: string;
  end: string;
}

const ROTATION_MONTHS = { 4: [8, 12, 16], 6: [8, 14], 12: [8] } as const;
const rotationCache = new Map<string, Rotation[]>();

/** The rotations of training year `year` (starting August `year`) for posts of 4, 6 or 12 months. */
export function rotationsOf(year: number, months: 4 | 6 | 12): Rotation[] {
  const key = `${year}/${months}`;
  const cached = rotationCache.get(key);
  if (cached) return cached;
  const starts = ROTATION_MONTHS[months].map((m) =>
    firstWednesday(year + Math.floor((m - 1) / 12), ((m - 1) % 12) + 1),
  );
  const nextYear = firstWednesday(year + 1, 8);
  const rotations = starts.map((start, i) => ({ start, end: addDays(starts[i + 1] ?? nextYear, -1) }));
  rotationCache.set(key, rotations);
  return rotations;
}
