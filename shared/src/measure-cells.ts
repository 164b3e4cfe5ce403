/**
 * A measure's figures as CSV cells (PRODUCT.md §5 "Data for others"): the one way every export —
 * the server's files and each dashboard table's download — writes a numerator, denominator,
 * value and Wilson intervals, as numbers, never display text.
 *
 * The figures given are already disclosed (`discloseMeasure`, or the server's disclosed figures):
 * this writes what the reader may see and never rounds or hides anything itself. The intervals are
 * computed from the counts *as written* (rounded, where they are): intervals of exact counts would
 * give the rounded counts back, whereas these add nothing the row does not already say.
 */
import type { CsvValue } from './csv';
import { type DisclosedFigures, SUPPRESSED } from './disclosure';
import { isProportionMeasure, type MeasureCode } from './reference/measures';
import { Z95, Z998 } from './statistics/confidence';
import { type Interval, wilsonInterval } from './statistics/wilson';

/** England's code and name wherever it is a row beside localities and regions. */
export const ENGLAND = { code: 'ENG', name: 'England' } as const;

/** The columns of `figureCsvCells`, in its order. */
export const FIGURE_CSV_COLUMNS = [
  'counts_rounded',
  'numerator',
  'denominator',
  'value',
  'ci95_lower',
  'ci95_upper',
  'ci998_lower',
  'ci998_upper',
] as const;

/** Six decimal places: finer than any rounded count can justify, short enough to read. */
function roundEnd(end: number): number {
  return Math.round(end * 1e6) / 1e6;
}

/** The Wilson interval of a share as written: none for a hidden figure, a zero denominator or more than 100%. */
function shownInterval(shown: DisclosedFigures, z: number): Interval | null {
  const { numerator, denominator } = shown;
  if (numerator === SUPPRESSED || denominator === SUPPRESSED || numerator > denominator) return null;
  return wilsonInterval(numerator, denominator, z);
}

function intervalCells(measureCode: MeasureCode, shown: DisclosedFigures, z: number): CsvValue[] {
  const interval = isProportionMeasure(measureCode) ? shownInterval(shown, z) : null;
  return interval ? [roundEnd(interval[0]), roundEnd(interval[1])] : [null, null];
}

/**
 * counts_rounded … ci998_upper for one disclosed figure; `rounded` says whether its people counts
 * were rounded to 5 (written so a reader knows the share is of rounded counts).
 */
export function figureCsvCells(measureCode: MeasureCode, shown: DisclosedFigures, rounded: boolean): CsvValue[] {
  return [
    rounded,
    shown.numerator,
    shown.denominator,
    shown.value,
    ...intervalCells(measureCode, shown, Z95),
    ...intervalCells(measureCode, shown, Z998),
  ];
}
