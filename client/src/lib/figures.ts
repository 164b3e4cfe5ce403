/**
 * Figures as the server sends them after disclosure control: a count or share may be `*`
 * (a count from 1 to 7 outside the user's own locality). These helpers turn them into the
 * words shown on screen and written to CSV.
 */
import type { MeasureCode, MeasureUnit } from '@ldm/shared';
import type { CsvValue } from '@ldm/shared/csv';
import {
  countsPeople,
  type DisclosedFigures,
  type DisclosureLevel,
  discloseCount,
  discloseMeasure,
  SUPPRESSED,
} from '@ldm/shared/disclosure';
import { figureCsvCells } from '@ldm/shared/measure-cells';
import { formatCount, formatMeasureValue } from './format';

export type Figure = DisclosedFigures;
export type Count = number | typeof SUPPRESSED;

export function isSuppressed(value: unknown): value is typeof SUPPRESSED {
  return value === SUPPRESSED;
}

/** "81.0%", "3 of 3 stages", "no data" or `*`. */
export function figureText(unit: MeasureUnit, figure: Figure): string {
  if (isSuppressed(figure.value)) return SUPPRESSED;
  return formatMeasureValue(
    unit,
    figure.value,
    isSuppressed(figure.numerator) ? null : figure.numerator,
    isSuppressed(figure.denominator) ? 3 : figure.denominator,
  );
}

/** "900 of 1,234" — the counts behind a share, with `*` for a hidden one. */
export function countsText(figure: Figure): string {
  if (figure.denominator === 0) return NO_COUNTS;
  return `${countText(figure.numerator)} of ${countText(figure.denominator)}`;
}

const NO_COUNTS = '0 of 0';

export function countText(count: Count): string {
  return isSuppressed(count) ? SUPPRESSED : formatCount(count);
}

/**
 * A count or figure as a CSV file holds it: every export is under disclosure control, own locality
 * included (PRODUCT.md §4), so a table's file puts the own locality's exact figures under the rule
 * too. The rule gives back what it is given for figures the server has already disclosed.
 */
export function exportedCount(count: Count): Count {
  return isSuppressed(count) ? count : discloseCount(count, 'below-england');
}

export function exportedFigure(
  measureCode: MeasureCode,
  figure: Figure,
  level: Exclude<DisclosureLevel, 'exact'> = 'below-england',
): Figure {
  // A hidden count is 1 to 7, so a stand-in of 1 stays hidden under the rule, while the other
  // count of the figure still gets it (England's exact 13 beside a `*` is 15 below England). The
  // rule recomputes the value of a people measure; another measure's is never hidden.
  const stand = (count: Count) => (isSuppressed(count) ? 1 : count);
  const value = isSuppressed(figure.value) ? null : figure.value;
  return discloseMeasure(
    measureCode,
    { numerator: stand(figure.numerator), denominator: stand(figure.denominator), value },
    level,
  );
}

/**
 * The FIGURE_CSV_COLUMNS cells of a figure in a table's CSV: under the export rule (England's row
 * at `england` level, every other figure below England), then written as numbers.
 */
export function exportedFigureCells(
  measureCode: MeasureCode,
  figure: Figure,
  level: Exclude<DisclosureLevel, 'exact'> = 'below-england',
): CsvValue[] {
  return figureCsvCells(
    measureCode,
    exportedFigure(measureCode, figure, level),
    level === 'below-england' && countsPeople(measureCode),
  );
}

/** A sortable number for a figure: hidden and missing values sort last. */
export function figureSortValue(figure: Figure): number | null {
  return typeof figure.value === 'number' ? figure.value : null;
}

/** The share as a number for charts, or null when there is nothing to draw. */
export function figureChartValue(figure: Figure): number | null {
  return typeof figure.value === 'number' ? figure.value : null;
}
