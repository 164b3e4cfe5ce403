import type { Organisation } from '@ldm/db';
import { LOCALITY_CODES, ORGANISATION_TYPES } from '@ldm/shared';
import { organisationSchema } from '@ldm/shared/schemas';
import { ownerOfOrganisation } from '../../ownership/rules';
import { readChoice } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { checkWithSchema } from '../schema-check';
import { createTableStore } from '../table-store';

const keyOf = (row: Organisation) => row.code;

export const organisationsKind: ImportKindSpec<Organisation> = {
  columns: [column('code', true), column('name', true), column('type', true), column('locality', true)],
  keyColumns: ['code'],
  references: [],
  rowReading: () => (reader) => {
    const values = checkWithSchema(
      reader,
      organisationSchema,
      {
        code: reader.required('code', asText),
        name: reader.required('name', asText),
        type: reader.required('type', (text) => readChoice(text, ORGANISATION_TYPES)),
        localityCode: reader.required('locality', (text) => readChoice(text, LOCALITY_CODES)),
      },
      { localityCode: 'locality' },
    );
    return values && { code: values.code, name: values.name, type: values.type, locality_code: values.localityCode };
  },
  keyOf,
  // Moving an organisation between localities changes both localities' data.
  ownersOf: (row, stored) => [
    { column: 'locality', owner: ownerOfOrganisation(row) },
    { column: 'code', owner: stored && ownerOfOrganisation(stored) },
  ],
  store: createTableStore('organisations', ['code'], keyOf),
};
