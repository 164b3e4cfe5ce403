import type { Programme } from '@ldm/db';
import { LOCALITY_CODES, PROGRAMME_TYPES } from '@ldm/shared';
import { programmeSchema } from '@ldm/shared/schemas';
import { ownerOfProgramme } from '../../ownership/rules';
import { readChoice } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { checkWithSchema } from '../schema-check';
import { createTableStore } from '../table-store';

const keyOf = (row: Programme) => row.code;

export const programmesKind: ImportKindSpec<Programme> = {
  columns: [
    column('code', true),
    column('name', true),
    column('specialty', true),
    column('type', true),
    column('locality', true),
  ],
  keyColumns: ['code'],
  references: [],
  rowReading: () => (reader) => {
    const values = checkWithSchema(
      reader,
      programmeSchema,
      {
        code: reader.required('code', asText),
        name: reader.required('name', asText),
        specialty: reader.required('specialty', asText),
        type: reader.required('type', (text) => readChoice(text, PROGRAMME_TYPES)),
        localityCode: reader.required('locality', (text) => readChoice(text, LOCALITY_CODES)),
      },
      { localityCode: 'locality' },
    );
    return (
      values && {
        code: values.code,
        name: values.name,
        specialty: values.specialty,
        type: values.type,
        locality_code: values.localityCode,
      }
    );
  },
  keyOf,
  ownersOf: (row, stored) => [
    { column: 'locality', owner: ownerOfProgramme(row) },
    { column: 'code', owner: stored && ownerOfProgramme(stored) },
  ],
  store: createTableStore('programmes', ['code'], keyOf),
};
