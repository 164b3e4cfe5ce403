import type { Cohort } from '@ldm/db';
import { ownerOfCohort } from '../../ownership/rules';
import { readInteger } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { createTableStore } from '../table-store';
import { readDateRange, readReference } from './references';

const keyOf = (row: Cohort) => row.code;

export const cohortsKind: ImportKindSpec<Cohort> = {
  columns: [
    column('code', true),
    column('offer_code', true),
    column('start_date', true),
    column('end_date', true),
    column('places', true),
  ],
  keyColumns: ['code'],
  references: ['offers'],
  readRow: (reader, references) => {
    const dates = readDateRange(reader, true);
    return {
      code: reader.required('code', asText),
      offer_code: reader.required('offer_code', readReference(references.offers, 'offer')),
      start_date: dates.start,
      end_date: dates.end!,
      places: reader.required('places', (text) => readInteger(text, 1)),
    };
  },
  keyOf,
  // Moving a cohort to another offer changes the old offer's owner's data too.
  ownersOf: (row, stored, references) => [
    { column: 'offer_code', owner: ownerOfCohort(references.offers.get(row.offer_code) ?? null) },
    { column: 'code', owner: stored && ownerOfCohort(references.offers.get(stored.offer_code) ?? null) },
  ],
  store: createTableStore('cohorts', ['code'], keyOf),
};
