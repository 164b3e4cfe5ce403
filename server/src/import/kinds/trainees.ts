import type { Trainee } from '@ldm/db';
import { ETHNIC_GROUPS, QUALIFICATIONS, SEXES } from '@ldm/shared';
import { traineeSchema } from '@ldm/shared/schemas';
import { creatorLocality } from '../../ownership/rules';
import { readChoice } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { checkWithSchema } from '../schema-check';
import { createTableStore } from '../table-store';
import { readGmcNumber } from './references';

/** The columns a trainees file states; who created the trainee is recorded by the store. */
export type TraineeImportRow = Omit<Trainee, 'created_by_locality_code'>;

const keyOf = (row: TraineeImportRow) => row.gmc_number;

export const traineesKind: ImportKindSpec<TraineeImportRow> = {
  columns: [
    column('gmc_number', true),
    column('forenames'),
    column('surname'),
    column('sex'),
    column('ethnic_group'),
    column('qualification'),
  ],
  keyColumns: ['gmc_number'],
  references: ['trainees'],
  rowReading: () => (reader) => {
    const values = checkWithSchema(reader, traineeSchema, {
      gmcNumber: reader.required('gmc_number', readGmcNumber),
      forenames: reader.optional('forenames', asText),
      surname: reader.optional('surname', asText),
      sex: reader.optional('sex', (text) => readChoice(text, SEXES)),
      ethnicGroup: reader.optional('ethnic_group', (text) => readChoice(text, ETHNIC_GROUPS)),
      qualification: reader.optional('qualification', (text) => readChoice(text, QUALIFICATIONS)),
    });
    return (
      values && {
        gmc_number: values.gmcNumber,
        forenames: values.forenames,
        surname: values.surname,
        sex: values.sex,
        ethnic_group: values.ethnicGroup,
        qualification: values.qualification,
      }
    );
  },
  keyOf,
  // A new trainee is the creator's; a stored one is their latest placement's locality's (or their creator's).
  ownersOf: (row, stored, references) => [
    { column: 'gmc_number', owner: stored && (references.trainees.get(row.gmc_number) ?? null) },
  ],
  store: createTableStore('trainees', ['gmc_number'], keyOf, {
    insertOnly: { created_by_locality_code: creatorLocality },
  }),
};
