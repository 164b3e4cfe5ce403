import type { Cohort } from '@ldm/db';
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
  scopeColumn: 'offer_code',
  // A cohort belongs to its offer's scope; national offers are read-only to locality users (§7).
  localitiesOf: (row, references) => [references.offers.get(row.offer_code) ?? null],
  store: createTableStore('cohorts', ['code'], keyOf),
};
