/**
 * The product's one CSV writer, for every CSV it writes: the server's exports, the dashboard's
 * table downloads and any new file (call `formatCsv`). RFC 4180 quoting, CRLF
 * after every line, UTF-8 with a byte-order mark so spreadsheet programs read accents. Written
 * here rather than with csv-stringify, whose sync API needs Node's Buffer in the browser.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell starting with `=`, `+`, `-`, `@`, tab or
 * carriage return is written with a leading `'`, so a spreadsheet shows it as text instead of
 * running it (`=HYPERLINK(…)` becomes `'=HYPERLINK(…)`). A cell given as a *number* is exempt:
 * `-0.5` written from a number is data, cannot hold a formula, and prefixing it would turn every
 * negative figure of an open-data file into text. So a caller keeps numeric columns as numbers.
 *
 * @example formatCsv(['title', 'change'], [['=1+1', -0.5]]) === '\uFEFFtitle,change\r\n\'=1+1,-0.5\r\n'
 */
export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell as a spreadsheet may safely open it (OWASP's rule, above). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function writeCell(value: CsvValue): string {
  const text =
    value === null
      ? ''
      : typeof value === 'number'
        ? String(value)
        : typeof value === 'boolean'
          ? value
            ? 'yes'
            : 'no'
          : neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(writeCell).join(',')).join('\r\n')}\r\n`;
}
