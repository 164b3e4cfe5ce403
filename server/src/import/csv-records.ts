/**
 * Streams a CSV file as records with their line numbers (csv-parse does the parsing). The first
 * record is the header. A misplaced quote ends the stream with a `formatError` record: csv-parse
 * cannot find the next row after one, so the rest of the file cannot be read reliably.
 */
import type { Readable } from 'node:stream';
import { type CsvError, type Parser, parse } from 'csv-parse';
import { Utf8Guard } from './utf8-guard';

export interface CsvRecord {
  /** Line number of the record's first line (header = 1). */
  line: number;
  cells: string[];
  /** True when a line of the record held bytes that are not valid UTF-8 (shown as U+FFFD in cells). */
  invalidUtf8: boolean;
  formatError?: string;
}

/** Pipes synchronously, so no chunk flows past before the parser listens. */
export function readCsvRecords(bytes: Readable): AsyncGenerator<CsvRecord> {
  const guard = new Utf8Guard();
  const parser = bytes.pipe(guard).pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Each file is LF or CRLF; both are accepted rather than guessed from the first line.
      record_delimiter: ['\r\n', '\n'],
      // Reported through 'skip' instead of destroying the stream, which would drop rows already parsed.
      skip_records_with_error: true,
    }),
  );
  bytes.on('error', (error) => parser.destroy(error));
  return iterateRecords(bytes, parser, guard);
}

async function* iterateRecords(bytes: Readable, parser: Parser, guard: Utf8Guard): AsyncGenerator<CsvRecord> {
  let formatError: CsvError | undefined;
  parser.on('skip', (error: CsvError) => {
    formatError ??= error;
  });
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (formatError && info.lines >= errorLine(formatError)) break;
      const newlines = record.reduce((count, cell) => count + countNewlines(cell), 0);
      const line = info.lines - newlines;
      let invalidUtf8 = false;
      for (let l = line; l <= info.lines && guard.invalidLines.size > 0; l++) invalidUtf8 ||= guard.invalidLines.has(l);
      yield { line, cells: record, invalidUtf8 };
    }
    if (formatError) {
      const kind = formatError.message.split(':')[0];
      yield {
        line: errorLine(formatError),
        cells: [],
        invalidUtf8: false,
        formatError: `a quote is out of place (${kind}); the rows after it were not read`,
      };
    }
  } finally {
    bytes.destroy();
  }
}

function errorLine(error: CsvError): number {
  return Number((error as CsvError & { lines?: number }).lines ?? 1);
}

function countNewlines(cell: string): number {
  let count = 0;
  for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count++;
  return count;
}
