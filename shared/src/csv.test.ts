import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv';

const BOM = '\uFEFF';

describe('formatCsv', () => {
  it('quotes cells holding commas, quotes or line breaks, and ends every line with CRLF after a BOM', () => {
    const csv = formatCsv(
      ['locality', 'value'],
      [
        ['Kent, Surrey and Sussex', '*'],
        ['say "hi"', 'a\nb'],
        [null, true],
      ],
    );
    expect(csv).toBe(`${BOM}locality,value\r\n"Kent, Surrey and Sussex",*\r\n"say ""hi""","a\nb"\r\n,yes\r\n`);
  });

  it("prefixes ' to a text cell starting with =, +, -, @, tab or carriage return (OWASP)", () => {
    const cells = ['=HYPERLINK("http://x.example","go")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'a=b', ' =1'];
    const csv = formatCsv(
      ['cell'],
      cells.map((c) => [c]),
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x.example"",""go"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      'a=b',
      ' =1',
    ]);
  });

  it('writes a number as data, a negative one included, but not the same text', () => {
    expect(
      formatCsv(
        ['change', 'count'],
        [
          [-0.5, 0],
          ['-0.5', 12],
        ],
      ),
    ).toBe(`${BOM}change,count\r\n-0.5,0\r\n'-0.5,12\r\n`);
  });
});
