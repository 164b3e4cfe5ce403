/** §6 reading rules: encoding, BOM, line endings, header checks, control characters, column order. */

import { testDatabaseForEachTest } from '@ldm/db/testing';
import { describe, expect, it } from 'vitest';
import { importText } from '../testing/imports';

const test = testDatabaseForEachTest();

/** Every file here is an organisations file: the reading rules are the same for every kind. */
const importOrganisations = (text: string | Buffer) => importText(test.db, 'organisations', text);
const organisations = () => test.db.selectFrom('organisations').selectAll().orderBy('code').execute();
const ROW = { code: 'RX1', name: 'Northumbria', type: 'trust', locality_code: 'NE' };

describe('reading an import file', () => {
  it('accepts UTF-8 with a BOM, CRLF line endings and columns in any order', async () => {
    const result = await importOrganisations(
      '\uFEFFlocality,type,name,code\r\nNE,trust,Northumbria,RX1\r\nYH,other,Café Ltd,ZZ9\r\n',
    );
    expect(result.status).toBe('applied');
    expect(result.counts).toEqual({ inserted: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(await organisations()).toEqual([ROW, { code: 'ZZ9', name: 'Café Ltd', type: 'other', locality_code: 'YH' }]);
  });

  it('accepts LF without a BOM and a file without a final newline', async () => {
    const result = await importOrganisations('code,name,type,locality\nRX1,Northumbria,trust,NE');
    expect(result.counts.inserted).toBe(1);
    expect(await organisations()).toEqual([ROW]);
  });

  it('rejects an empty file and a file holding only a BOM', async () => {
    for (const text of ['', '\uFEFF']) {
      const result = await importOrganisations(text);
      expect(result.status).toBe('rejected');
      expect(result.problems).toEqual([
        {
          row: 1,
          column: '(header)',
          value: '',
          reason: 'the file is empty: the first line must be a header naming the columns',
        },
      ]);
    }
  });

  it('reports a missing required column, an unknown column and a repeated column as row 1', async () => {
    const result = await importOrganisations('code,name,name,colour\nRX1,A,B,red\n');
    expect(result.status).toBe('rejected');
    expect(result.problems).toEqual([
      { row: 1, column: 'name', value: 'name', reason: 'the header names this column twice' },
      {
        row: 1,
        column: 'colour',
        value: 'colour',
        reason: 'is not a column of this kind of file (columns: code, name, type, locality)',
      },
      { row: 1, column: 'type', value: '', reason: 'required column is missing from the header' },
      { row: 1, column: 'locality', value: '', reason: 'required column is missing from the header' },
    ]);
  });

  it('treats a data row in place of the header as a header without the required columns', async () => {
    const result = await importOrganisations('RX1,Northumbria,trust,NE\n');
    expect(
      result.problems.filter((p) => p.reason === 'required column is missing from the header').map((p) => p.column),
    ).toEqual(['code', 'name', 'type', 'locality']);
  });

  it('reports bytes that are not valid UTF-8 at their line and column', async () => {
    const bytes = Buffer.concat([
      Buffer.from('code,name,type,locality\nRX1,North'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('umbria,trust,NE\n'),
    ]);
    const result = await importOrganisations(bytes);
    expect(result.status).toBe('rejected');
    expect(result.problems).toEqual([
      { row: 2, column: 'name', value: 'North\uFFFD\uFFFDumbria', reason: 'contains bytes that are not valid UTF-8' },
    ]);
    expect(await organisations()).toEqual([]);
  });

  it('reports a value holding a control character', async () => {
    const result = await importOrganisations('code,name,type,locality\nRX1,North\u0000umbria,trust,NE\n');
    expect(result.problems).toEqual([
      { row: 2, column: 'name', value: 'North\u0000umbria', reason: 'contains a control character' },
    ]);
  });

  it('counts line numbers across quoted line breaks and blank lines', async () => {
    const result = await importOrganisations('code,name,type,locality\n\nRX1,"Two\nlines",trust,NE\nRX2,B,shop,NE\n');
    expect(result.problems).toEqual([
      { row: 5, column: 'type', value: 'shop', reason: 'must be one of trust, gp_practice, other' },
    ]);
  });

  it('reports a row with the wrong number of values and a broken quote', async () => {
    const result = await importOrganisations('code,name,type,locality\nRX1,A,trust\nRX2,"B"x,trust,NE\n');
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, '(row)'],
      [3, '(row)'],
    ]);
    expect(result.problems[0]!.reason).toBe('has 3 values; the header has 4 columns');
  });
});
