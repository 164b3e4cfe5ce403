import type { Cohort } from '@ldm/db';
import { cohortSchema } from '@ldm/shared/schemas';
import { toCohortRow } from '../../offer/offer-shape';
import { ownerOfCohort } from '../../ownership/rules';
import { readInteger } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { checkWithSchema } from '../schema-check';
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
  rowReading: (references) => {
    const readOffer = readReference(references.offers, 'offer');
    return (reader) => {
      const dates = readDateRange(reader, true);
      const values = checkWithSchema(reader, cohortSchema, {
        code: reader.required('code', asText),
        offerCode: reader.required('offer_code', readOffer),
        startDate: dates.start,
        endDate: dates.end!,
        places: reader.required('places', (text) => readInteger(text, 1)),
      });
      // The cohort form's own schema and row mapping (server/src/offer).
      return values && toCohortRow(values);
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
