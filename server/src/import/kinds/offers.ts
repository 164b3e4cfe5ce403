import {
  INTERVENTION_CODES,
  LEARNING_MODE_CODES,
  LOCALITY_CODES,
  NATIONAL_SCOPE,
  OFFER_ACCESS,
  OFFER_DELIVERY,
  OFFER_FUNDING,
  STAGE_CODES,
} from '@ldm/shared';
import { ownerOfOffer } from '../../ownership/rules';
import { type CellResult, readBoolean, readChoice, readChoiceList, readInteger } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { createOfferStore, type OfferImportRow } from './offer-store';

const SCOPES = [...LOCALITY_CODES, NATIONAL_SCOPE];

function readScope(text: string): CellResult<string | null> {
  const scope = readChoice(text, SCOPES);
  return scope.ok ? { ok: true, value: scope.value === NATIONAL_SCOPE ? null : scope.value } : scope;
}

export const offersKind: ImportKindSpec<OfferImportRow> = {
  columns: [
    column('code', true),
    column('title', true),
    column('provider', true),
    column('provider_type'),
    column('scope', true),
    column('tier', true),
    column('stages', true),
    column('interventions'),
    column('mode'),
    column('capacity'),
    column('multiprofessional'),
    column('access'),
    column('funding'),
    column('delivery'),
    column('description'),
    column('url'),
  ],
  keyColumns: ['code'],
  references: [],
  readRow: (reader) => ({
    code: reader.required('code', asText),
    title: reader.required('title', asText),
    provider: reader.required('provider', asText),
    provider_type: reader.optional('provider_type', asText),
    scope_locality_code: reader.required('scope', readScope),
    tier: reader.required('tier', (text) => readInteger(text, 1, 3)),
    stages: reader.required('stages', (text) => readChoiceList(text, STAGE_CODES)),
    interventions: reader.optional('interventions', (text) => readChoiceList(text, INTERVENTION_CODES)) ?? [],
    mode: reader.optional('mode', (text) => readChoice(text, LEARNING_MODE_CODES)),
    capacity: reader.optional('capacity', (text) => readInteger(text, 0)),
    multiprofessional: reader.optional('multiprofessional', readBoolean),
    access: reader.optional('access', (text) => readChoice(text, OFFER_ACCESS)),
    funding: reader.optional('funding', (text) => readChoice(text, OFFER_FUNDING)),
    delivery: reader.optional('delivery', (text) => readChoice(text, OFFER_DELIVERY)),
    description: reader.optional('description', asText),
    url: reader.optional('url', asText),
  }),
  keyOf: (row) => row.code,
  // Re-scoping a stored offer changes the data of its old scope too.
  ownersOf: (row, stored) => [
    { column: 'scope', owner: ownerOfOffer(row) },
    { column: 'code', owner: stored && ownerOfOffer(stored) },
  ],
  store: createOfferStore(),
};
