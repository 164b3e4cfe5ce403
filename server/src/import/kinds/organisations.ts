import type { Organisation } from '@ldm/db';
import { LOCALITY_CODES, ORGANISATION_TYPES } from '@ldm/shared';
import { readChoice } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { createTableStore } from '../table-store';

const keyOf = (row: Organisation) => row.code;

export const organisationsKind: ImportKindSpec<Organisation> = {
  columns: [column('code', true), column('name', true), column('type', true), column('locality', true)],
  keyColumns: ['code'],
  references: ['organisations'],
  readRow: (reader) => ({
    code: reader.required('code', asText),
    name: reader.required('name', asText),
    type: reader.required('type', (text) => readChoice(text, ORGANISATION_TYPES)),
    locality_code: reader.required('locality', (text) => readChoice(text, LOCALITY_CODES)),
  }),
  keyOf,
  scopeColumn: 'locality',
  // Moving an organisation between localities changes both localities' data.
  localitiesOf: (row, references) => [row.locality_code, references.organisations.get(row.code) ?? row.locality_code],
  store: createTableStore('organisations', ['code'], keyOf),
};
