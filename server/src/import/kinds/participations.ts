import type { Participation } from '@ldm/db';
import { PARTICIPATION_STATUSES } from '@ldm/shared';
import { readChoice } from '../cell-values';
import { column, compositeKey, type ImportKindSpec } from '../kind-spec';
import { createTableStore } from '../table-store';
import { readDateRange, readReference, readTraineeReference } from './references';

const keyOf = (row: Participation) => compositeKey(row.gmc_number, row.cohort_code);

export const participationsKind: ImportKindSpec<Participation> = {
  columns: [
    column('gmc_number', true),
    column('cohort_code', true),
    column('status', true),
    column('start_date', true),
    column('end_date'),
  ],
  keyColumns: ['gmc_number', 'cohort_code'],
  references: ['trainees', 'cohorts'],
  readRow: (reader, references) => {
    const dates = readDateRange(reader, false);
    return {
      gmc_number: reader.required('gmc_number', readTraineeReference(references.trainees)),
      cohort_code: reader.required('cohort_code', readReference(references.cohorts, 'cohort')),
      status: reader.required('status', (text) => readChoice(text, PARTICIPATION_STATUSES)),
      start_date: dates.start,
      end_date: dates.end,
    };
  },
  keyOf,
  scopeColumn: 'cohort_code',
  localitiesOf: (row, references) => [references.cohorts.get(row.cohort_code) ?? null],
  store: createTableStore('participations', ['gmc_number', 'cohort_code'], keyOf),
};
