import type { WorkplacePracticeRecord } from '@ldm/db';
import { WORKPLACE_PRACTICE_CODES } from '@ldm/shared';
import { type WorkplacePracticeRecordValues, workplacePracticeRecordSchema } from '@ldm/shared/schemas';
import { ownerOfWorkplacePracticeRecord } from '../../ownership/rules';
import { readBoolean } from '../cell-values';
import { column, compositeKey, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { checkWithSchema } from '../schema-check';
import { createTableStore } from '../table-store';
import { readReference } from './references';

const keyOf = (row: WorkplacePracticeRecord) => compositeKey(row.organisation_code, row.year);

export const workplacePracticesKind: ImportKindSpec<WorkplacePracticeRecord> = {
  columns: [
    column('organisation_code', true),
    column('year', true),
    ...WORKPLACE_PRACTICE_CODES.map((code) => column(code)),
  ],
  keyColumns: ['organisation_code', 'year'],
  references: ['organisations'],
  rowReading: (references) => {
    const readOrganisation = readReference(references.organisations, 'organisation');
    return (reader) => {
      const values = checkWithSchema(reader, workplacePracticeRecordSchema, {
        organisationCode: reader.required('organisation_code', readOrganisation),
        year: reader.required('year', asText),
        // A row states the whole record for the year: a practice not given is a practice not provided.
        ...Object.fromEntries(
          WORKPLACE_PRACTICE_CODES.map((practice) => [practice, reader.optional(practice, readBoolean) === 1]),
        ),
      } as WorkplacePracticeRecordValues);
      if (!values) return undefined;
      const row = { organisation_code: values.organisationCode, year: values.year } as WorkplacePracticeRecord;
      for (const practice of WORKPLACE_PRACTICE_CODES) row[practice] = values[practice] ? 1 : 0;
      return row;
    };
  },
  keyOf,
  // The key holds the organisation, so the record's owner now and after is the same.
  ownersOf: (row, _stored, references) => [
    {
      column: 'organisation_code',
      owner: ownerOfWorkplacePracticeRecord(references.organisations.get(row.organisation_code)!),
    },
  ],
  store: createTableStore('workplace_practice_records', ['organisation_code', 'year'], keyOf),
};
