import type { WorkplacePracticeRecord } from '@ldm/db';
import { parsePeriod, WORKPLACE_PRACTICE_CODES } from '@ldm/shared';
import { ownerOfWorkplacePracticeRecord } from '../../ownership/rules';
import { type CellResult, readBoolean } from '../cell-values';
import { column, compositeKey, type ImportKindSpec } from '../kind-spec';
import { createTableStore } from '../table-store';
import { readReference } from './references';

const keyOf = (row: WorkplacePracticeRecord) => compositeKey(row.organisation_code, row.year);

function readFinancialYear(text: string): CellResult<string> {
  const period = parsePeriod(text);
  return period && period.quarter === null && period.label === text
    ? { ok: true, value: text }
    : { ok: false, reason: 'must be a financial year written like 2024-25' };
}

export const workplacePracticesKind: ImportKindSpec<WorkplacePracticeRecord> = {
  columns: [
    column('organisation_code', true),
    column('year', true),
    ...WORKPLACE_PRACTICE_CODES.map((code) => column(code)),
  ],
  keyColumns: ['organisation_code', 'year'],
  references: ['organisations'],
  readRow: (reader, references) => {
    const row = {
      organisation_code: reader.required('organisation_code', readReference(references.organisations, 'organisation')),
      year: reader.required('year', readFinancialYear),
    } as WorkplacePracticeRecord;
    // A row states the whole record for the year: a practice not given is a practice not provided.
    for (const practice of WORKPLACE_PRACTICE_CODES) row[practice] = reader.optional(practice, readBoolean) ?? 0;
    return row;
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
