/** Plain words for the offer vocabulary's codes (PRODUCT.md §3, §10), for tables and forms. */
import {
  INTERVENTIONS,
  LEARNING_MODES,
  NATIONAL_SCOPE,
  type OfferAccess,
  type OfferDelivery,
  type OfferFunding,
  STAGES,
} from '@ldm/shared';
import type { Choice } from '../../components/form-fields';
import { nameOfPlace } from '../../lib/places';

export const ACCESS_NAMES: Record<OfferAccess, string> = { open: 'Open to all', competitive: 'Competitive entry' };
export const FUNDING_NAMES: Record<OfferFunding, string> = { recurrent: 'Recurrent', one_off: 'One-off', none: 'None' };
export const DELIVERY_NAMES: Record<OfferDelivery, string> = {
  in_work: 'In work',
  out_of_programme: 'Out of programme',
};

export function withBlank(label: string, choices: Choice[]): Choice[] {
  return [{ value: '', label }, ...choices];
}

export function nameOfScope(scope: string): string {
  return scope === NATIONAL_SCOPE ? 'National' : nameOfPlace(scope);
}

/** Stages in career order, whatever order the server lists them in. */
export function namesOfStages(codes: readonly string[]): string {
  return STAGES.filter((s) => codes.includes(s.code))
    .map((s) => s.name)
    .join(', ');
}

export function namesOfInterventions(codes: readonly string[]): string {
  return codes.map((code) => INTERVENTIONS.find((i) => i.code === code)?.name ?? code).join('; ');
}

/** "Formal (10)" — the 70:20:10 mode, short enough for a table cell. */
export function nameOfMode(code: string | null): string {
  const mode = LEARNING_MODES.find((m) => m.code === code);
  return mode ? `${mode.name.split(':')[0]}` : 'not given';
}
