/** Database rows → the offer the API returns, and form values → rows. */
import type { Cohort, NewOffer, Offer } from '@ldm/db';
import { type LocalityCode, NATIONAL_SCOPE } from '@ldm/shared';
import { discloseCount } from '@ldm/shared/disclosure';
import type { CohortValues, OfferValues } from '@ldm/shared/schemas';
import { seesUnsuppressed } from '../auth/policy';
import type { SessionUser } from '../context';
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

/** A cohort's fill counts trainees, so it is disclosure-controlled outside the offer's own locality. */
export function toApiCohort(user: SessionUser, offer: Offer, cohort: CohortWithFill) {
  const own = offer.scope_locality_code !== null && seesUnsuppressed(user, offer.scope_locality_code);
  return { ...toApiCohortFields(cohort), filled: own ? cohort.filled : discloseCount(cohort.filled) };
}
