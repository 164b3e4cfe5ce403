/** An offer's fields as a summary list, in plain words ("not given" for an empty optional field). */
import { TIERS } from '@ldm/shared';
import { ExternalLink } from '../../components/external-link';
import type { RouterOutputs } from '../../lib/trpc';
import {
  ACCESS_NAMES,
  DELIVERY_NAMES,
  FUNDING_NAMES,
  nameOfMode,
  nameOfScope,
  namesOfInterventions,
  namesOfStages,
} from './offer-words';

type ApiOffer = RouterOutputs['offer']['get'];

export function OfferDetails({ offer }: { offer: ApiOffer }) {
  const rows: [string, string][] = [
    ['Code', offer.code],
    ['Provider', offer.providerType ? `${offer.provider} (${offer.providerType})` : offer.provider],
    ['Scope', nameOfScope(offer.scope)],
    ['Tier', `${offer.tier}: ${TIERS.find((t) => t.tier === offer.tier)?.name ?? ''}`],
    ['Eligible stages', namesOfStages(offer.stages)],
    ['Interventions', offer.interventions.length ? namesOfInterventions(offer.interventions) : 'not given'],
    ['Learning mode', nameOfMode(offer.mode)],
    ['Capacity per year', offer.capacity === null ? 'not defined' : String(offer.capacity)],
    ['Multiprofessional', offer.multiprofessional === null ? 'not given' : offer.multiprofessional ? 'Yes' : 'No'],
    ['Access', offer.access ? ACCESS_NAMES[offer.access as keyof typeof ACCESS_NAMES] : 'not given'],
    ['Funding', offer.funding ? FUNDING_NAMES[offer.funding as keyof typeof FUNDING_NAMES] : 'not given'],
    ['Delivery', offer.delivery ? DELIVERY_NAMES[offer.delivery as keyof typeof DELIVERY_NAMES] : 'not given'],
  ];
  return (
    <>
      {offer.description ? <p>{offer.description}</p> : null}
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {offer.url ? (
          <div>
            <dt>Web page</dt>
            <dd>
              <ExternalLink href={offer.url}>{offer.url}</ExternalLink>
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
