import type { Offer } from '@ldm/db';
import {
  INTERVENTION_CODES,
  LEARNING_MODE_CODES,
  OFFER_ACCESS,
  OFFER_DELIVERY,
  OFFER_FUNDING,
  STAGE_CODES,
} from '@ldm/shared';
import { offerSchema, offerScopeSchema } from '@ldm/shared/schemas';
import { toOfferRow } from '../../offer/offer-shape';
import { ownerOfOffer } from '../../ownership/rules';
import { readBoolean, readChoice, readChoiceList, readInteger } from '../cell-values';
import { column, type ImportKindSpec } from '../kind-spec';
import { asText } from '../row-reader';
import { checkWithSchema } from '../schema-check';
import { createOfferStore, type OfferImportRow } from './offer-store';

const asBoolean = (flag: 0 | 1 | null) => (flag === null ? null : flag === 1);

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
  // The offer form's own schema and row mapping (server/src/offer): an offer the API refuses is refused here too.
  rowReading: () => (reader) => {
    const values = checkWithSchema(reader, offerSchema, {
      code: reader.required('code', asText),
      title: reader.required('title', asText),
      provider: reader.required('provider', asText),
      providerType: reader.optional('provider_type', asText),
      scope: reader.required('scope', (text) => readChoice(text, offerScopeSchema.options)),
      tier: reader.required('tier', (text) => readInteger(text, 1, 3)) as 1 | 2 | 3,
      stages: reader.required('stages', (text) => readChoiceList(text, STAGE_CODES)),
      interventions: reader.optional('interventions', (text) => readChoiceList(text, INTERVENTION_CODES)) ?? [],
      mode: reader.optional('mode', (text) => readChoice(text, LEARNING_MODE_CODES)),
      capacity: reader.optional('capacity', (text) => readInteger(text, 0)),
      multiprofessional: asBoolean(reader.optional('multiprofessional', readBoolean)),
      access: reader.optional('access', (text) => readChoice(text, OFFER_ACCESS)),
      funding: reader.optional('funding', (text) => readChoice(text, OFFER_FUNDING)),
      delivery: reader.optional('delivery', (text) => readChoice(text, OFFER_DELIVERY)),
      description: reader.optional('description', asText),
      url: reader.optional('url', asText),
    });
    return values && { ...(toOfferRow(values) as Offer), stages: values.stages, interventions: values.interventions };
  },
  keyOf: (row) => row.code,
  // Re-scoping a stored offer changes the data of its old scope too.
  ownersOf: (row, stored) => [
    { column: 'scope', owner: ownerOfOffer(row) },
    { column: 'code', owner: stored && ownerOfOffer(stored) },
  ],
  store: createOfferStore(),
};
