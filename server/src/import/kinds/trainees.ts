import type { Trainee } from '@ldm/db';
import { ETHNIC_GROUPS, QUALIFICATIONS, SEXES } from '@ldm/shared';
import { readChoice } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { createTableStore } from '../table-store';
import { readGmcNumber } from './references';

const keyOf = (row: Trainee) => row.gmc_number;

export const traineesKind: ImportKindSpec<Trainee> = {
  columns: [
    column('gmc_number', true),
    column('forenames'),
    column('surname'),
    column('sex'),
    column('ethnic_group'),
    column('qualification'),
  ],
  keyColumns: ['gmc_number'],
  references: [],
  readRow: (reader) => ({
    gmc_number: reader.required('gmc_number', readGmcNumber),
    forenames: reader.optional('forenames', asText),
    surname: reader.optional('surname', asText),
    sex: reader.optional('sex', (text) => readChoice(text, SEXES)),
    ethnic_group: reader.optional('ethnic_group', (text) => readChoice(text, ETHNIC_GROUPS)),
    qualification: reader.optional('qualification', (text) => readChoice(text, QUALIFICATIONS)),
  }),
  keyOf,
  scopeColumn: 'gmc_number',
  // Trainees carry no locality: their locality comes from their placements.
  localitiesOf: () => [],
  store: createTableStore('trainees', ['gmc_number'], keyOf),
};
