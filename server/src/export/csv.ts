/** Builds a CSV file (header row, RFC 4180 quoting, UTF-8 with BOM so spreadsheet programs read accents). */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null;

export interface CsvFile {
  fileName: string;
  csv: string;
}

export function toCsvFile(
  fileName: string,
  columns: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): CsvFile {
  const csv = stringify([columns, ...rows.map((row) => row.map((v) => (v === null ? '' : v)))], {
    bom: true,
    cast: { boolean: (v) => (v ? 'yes' : 'no') },
  });
  return { fileName, csv };
}
