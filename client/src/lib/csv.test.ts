import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv';

describe('formatCsv', () => {
  it('quotes cells holding commas, quotes or line breaks and ends every line with CRLF', () => {
    const csv = formatCsv(
      ['locality', 'value'],
      [
        ['Kent, Surrey and Sussex', '*'],
        ['say "hi"', 'a\nb'],
      ],
    );
    expect(csv).toBe('locality,value\r\n"Kent, Surrey and Sussex",*\r\n"say ""hi""","a\nb"\r\n');
  });
});
