/**
 * The schemes the sources name (PRODUCT.md §11), with their facts (real-schemes.json, checked
 * against the shared vocabularies as it loads). A scheme run in several localities becomes one
 * offer per locality (an offer's scope is one locality or national); where the sources give a
 * capacity range for the whole scheme, it is split between them.
 */
import fs from 'node:fs';
import { LOCALITY_CODES, type LocalityCode, OFFER_ACCESS, OFFER_DELIVERY, OFFER_FUNDING } from '@ldm/shared';
import { z } from 'zod';
import { demoOfferFacts } from './demo-offer';

const realSchemeSchema = z.strictObject({
  ...demoOfferFacts,
  provider: z.string(),
  providerType: z.string(),
  /** Localities it runs in (one offer each), or national. */
  scopes: z.array(z.enum([...LOCALITY_CODES, 'national'])).nonempty(),
  /** Places per year across the whole scheme, as the sources give them; null = not defined. */
  capacityRange: z.tuple([z.number().int(), z.number().int()]).nullable(),
  access: z.enum(OFFER_ACCESS),
  funding: z.enum(OFFER_FUNDING),
  delivery: z.enum(OFFER_DELIVERY),
  url: z.string().nullable(),
  source: z.string(),
});

export type RealScheme = z.infer<typeof realSchemeSchema>;

export const REAL_SCHEMES: readonly RealScheme[] = z
  .array(realSchemeSchema)
  .parse(JSON.parse(fs.readFileSync(new URL('./real-schemes.json', import.meta.url), 'utf8')));

/** The offer code of a scheme in one of its scopes, e.g. `DARZI-NCEL`, `NHSLA`. */
export function schemeOfferCode(scheme: RealScheme, scope: LocalityCode | 'national'): string {
  return scheme.scopes.length === 1 ? scheme.key : `${scheme.key}-${scope}`;
}

/** Capacity per offer: the middle of the scheme's range, shared between its localities. */
export function schemeOfferCapacity(scheme: RealScheme): number | null {
  if (!scheme.capacityRange) return null;
  const [low, high] = scheme.capacityRange;
  return Math.round((low + high) / 2 / scheme.scopes.length);
}
