/**
 * The national open-data file (PRODUCT.md §5 "Data for others", issue 19): every measure for England,
 * every region and every locality, for every complete period (§12.4: financial years of the data's
 * span and their quarters whose last day is before today), under the disclosure rule of every
 * export. The same bytes come from the dashboard (national and admin users) and from
 * `pnpm cli export open-data <file>`. Columns: docs/open-data.md.
 */
import type { Database } from '@ldm/db';
import { financialYearsBetween, mustParsePeriod, type Period, periodState, todayIso } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { getPeriodFigures } from '../measure/measures-cache';
import { selectPlacementSpan } from '../reference/queries';
import { type CsvFile, toCsvFile } from './csv';
import { AREA_MEASURE_COLUMNS, areaMeasureRows, englandYearHidden, quarterLabels } from './measure-data';

export const OPEN_DATA_FILE_NAME = 'leadership-development-open-data.csv';

/** Each financial year with placement data, oldest first, followed by its quarters; only complete ones. */
export async function listCompletePeriods(db: Kysely<Database>, today: string): Promise<Period[]> {
  const span = await selectPlacementSpan(db);
  if (!span.first || !span.last) return [];
  return financialYearsBetween(String(span.first), String(span.last))
    .map(mustParsePeriod)
    .flatMap((year) => [year, ...quarterLabels(year).map(mustParsePeriod)])
    .filter((period) => periodState(period, today) === 'complete');
}

export async function buildOpenDataFile(db: Kysely<Database>, today: string = todayIso()): Promise<CsvFile> {
  const periods = await listCompletePeriods(db, today);
  const { figures } = await getPeriodFigures(db, periods);
  const localitiesOf = new Map(periods.map((period, i) => [period.label, figures[i]!.localities]));
  const rows = periods.flatMap((period) => {
    // A complete year's quarters are complete too, so all four are in the file.
    const quarters = period.quarter === null ? quarterLabels(period).map((label) => localitiesOf.get(label)!) : [];
    return areaMeasureRows(period, localitiesOf.get(period.label)!, englandYearHidden(quarters));
  });
  return toCsvFile(OPEN_DATA_FILE_NAME, AREA_MEASURE_COLUMNS, rows);
}
