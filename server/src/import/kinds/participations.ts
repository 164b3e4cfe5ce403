import type { Participation } from '@ldm/db';
import { PARTICIPATION_STATUSES } from '@ldm/shared';
import { ownerOfCohort, ownerOfParticipation } from '../../ownership/rules';
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
  // The key holds the trainee and the cohort, so the owner now and after is the same.
  ownersOf: (row, _stored, references) => {
    const cohortOwner = ownerOfCohort(references.cohorts.get(row.cohort_code) ?? null);
    const owner = ownerOfParticipation(cohortOwner, references.trainees.get(row.gmc_number) ?? null);
    return [{ column: cohortOwner === null ? 'gmc_number' : 'cohort_code', owner }];
  },
  store: createTableStore('participations', ['gmc_number', 'cohort_code'], keyOf),
};
