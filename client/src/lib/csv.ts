/** CSV export in the browser: RFC 4180 quoting, UTF-8 with a BOM so spreadsheet software reads accents. */
export function formatCsv(header: string[], rows: string[][]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

export function downloadCsv(fileName: string, header: string[], rows: string[][]): void {
  downloadCsvText(fileName, `\uFEFF${formatCsv(header, rows)}`);
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
