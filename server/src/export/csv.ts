/** A named CSV file for the dashboard to save, written by the product's one CSV writer (shared/src/csv.ts). */
import { type CsvValue, formatCsv } from '@ldm/shared/csv';

export type { CsvValue };

export interface CsvFile {
  fileName: string;
  csv: string;
}

export function toCsvFile(
  fileName: string,
  columns: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): CsvFile {
  return { fileName, csv: formatCsv(columns, rows) };
}
