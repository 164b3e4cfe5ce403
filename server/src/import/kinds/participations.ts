import type { Participation } from '@ldm/db';
import { PARTICIPATION_STATUSES } from '@ldm/shared';
import { participationSchema } from '@ldm/shared/schemas';
import { ownerOfCohort, ownerOfParticipation } from '../../ownership/rules';
import { readChoice } from '../cell-values';
import { column, compositeKey, type ImportKindSpec } from '../kind-spec';
import { checkWithSchema } from '../schema-check';
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
  rowReading: (references) => {
    const readTrainee = readTraineeReference(references.trainees);
    const readCohort = readReference(references.cohorts, 'cohort');
    return (reader) => {
      const dates = readDateRange(reader, false);
      const values = checkWithSchema(reader, participationSchema, {
        gmcNumber: reader.required('gmc_number', readTrainee),
        cohortCode: reader.required('cohort_code', readCohort),
        status: reader.required('status', (text) => readChoice(text, PARTICIPATION_STATUSES)),
        startDate: dates.start,
        endDate: dates.end,
      });
      return (
        values && {
          gmc_number: values.gmcNumber,
          cohort_code: values.cohortCode,
          status: values.status,
          start_date: values.startDate,
          end_date: values.endDate,
        }
      );
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
