/** CSV downloads in the browser, written by the product's one CSV writer (shared/src/csv.ts). */
import { type CsvValue, formatCsv } from '@ldm/shared/csv';

export function downloadCsv(fileName: string, header: readonly string[], rows: readonly CsvValue[][]): void {
  downloadCsvText(fileName, formatCsv(header, rows));
}

/** Saves CSV text already made (e.g. a disclosure-controlled export from the server) as a file. */
export function downloadCsvText(fileName: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
