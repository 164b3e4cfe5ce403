/** Database rows → the offer the API returns, and form values → rows. */
import type { Cohort, NewOffer, Offer } from '@ldm/db';
import { type LocalityCode, NATIONAL_SCOPE } from '@ldm/shared';
import { discloseCount } from '@ldm/shared/disclosure';
import type { CohortValues, OfferValues } from '@ldm/shared/schemas';
import { disclosureLevel, type Viewer } from '../measure/disclose-figures';
import type { CohortWithFill } from './cohort-queries';

export function scopeOf(offer: Pick<Offer, 'scope_locality_code'>): LocalityCode | typeof NATIONAL_SCOPE {
  return (offer.scope_locality_code as LocalityCode | null) ?? NATIONAL_SCOPE;
}

export function scopeLocalityOf(scope: string): string | null {
  return scope === NATIONAL_SCOPE ? null : scope;
}

export function toOfferRow(values: OfferValues): NewOffer {
  return {
    code: values.code,
    title: values.title,
    provider: values.provider,
    provider_type: values.providerType,
    scope_locality_code: scopeLocalityOf(values.scope),
    tier: values.tier,
    mode: values.mode,
    capacity: values.capacity,
    multiprofessional: values.multiprofessional === null ? null : values.multiprofessional ? 1 : 0,
    access: values.access,
    funding: values.funding,
    delivery: values.delivery,
    description: values.description,
    url: values.url,
  };
}

export function toApiOfferFields(offer: Offer, stages: string[], interventions: string[]) {
  return {
    code: offer.code,
    title: offer.title,
    provider: offer.provider,
    providerType: offer.provider_type,
    scope: scopeOf(offer),
    tier: offer.tier,
    stages,
    interventions,
    mode: offer.mode,
    capacity: offer.capacity,
    multiprofessional: offer.multiprofessional === null ? null : offer.multiprofessional === 1,
    access: offer.access,
    funding: offer.funding,
    delivery: offer.delivery,
    description: offer.description,
    url: offer.url,
  };
}

export function toCohortRow(values: CohortValues): Cohort {
  return {
    code: values.code,
    offer_code: values.offerCode,
    start_date: values.startDate,
    end_date: values.endDate,
    places: values.places,
  };
}

export function toApiCohortFields(cohort: Cohort) {
  return {
    code: cohort.code,
    offerCode: cohort.offer_code,
    startDate: cohort.start_date,
    endDate: cohort.end_date,
    places: cohort.places,
  };
}

/**
 * A cohort's fill counts people, so it is under disclosure control outside the offer's own locality
 * (a national offer's cohort belongs to no locality: rounded for everyone); its places are not people.
 */
export function toApiCohort(viewer: Viewer, offer: Offer, cohort: CohortWithFill) {
  return { ...toApiCohortFields(cohort), filled: discloseFill(viewer, offer, cohort.filled) };
}

/** A fill (of one cohort, or of all an offer's cohorts) as this viewer may see it. */
export function discloseFill(viewer: Viewer, offer: Offer, filled: number) {
  return discloseCount(filled, disclosureLevel(viewer, { localityCode: offer.scope_locality_code }));
}
