/**
 * The offer catalogue of a locality: its own offers and the national ones, each with its cohorts
 * and their fill. Locality users change only their own locality's offers; national offers are
 * read-only to them (only an administrator changes those). Every change is audited and bumps
 * the data version (offers and cohorts feed the measures).
 */

import { bumpDataVersion, type Database, lockDataChanges, type Offer } from '@ldm/db';
import type { OfferFilter, OfferValues } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import { onScreen, type Viewer } from '../measure/disclose-figures';
import { assertMayChange, mayChange, ownerOfOffer } from '../ownership/rules';
import { countCohorts, selectCohortsWithFill } from './cohort-queries';
import { discloseFill, scopeLocalityOf, toApiCohort, toApiOfferFields, toOfferRow } from './offer-shape';
import { deleteOfferRows, selectOffer, selectOfferLists, selectOffersForLocality, upsertOffer } from './queries';

async function toApiOffers(db: Kysely<Database>, user: SessionUser, offers: Offer[], viewer: Viewer = onScreen(user)) {
  const codes = offers.map((o) => o.code);
  const [{ stages, interventions }, cohorts] = await Promise.all([
    selectOfferLists(db, codes),
    selectCohortsWithFill(db, codes),
  ]);
  return offers.map((offer) => {
    const own = cohorts.filter((c) => c.offer_code === offer.code);
    return {
      ...toApiOfferFields(
        offer,
        stages.filter((s) => s.offer_code === offer.code).map((s) => s.stage_code),
        interventions.filter((i) => i.offer_code === offer.code).map((i) => i.intervention_code),
      ),
      editable: mayChange(user, ownerOfOffer(offer)),
      cohorts: own.map((c) => toApiCohort(viewer, offer, c)),
      // The offer's total is disclosed from the exact sum, not added up from rounded cohort fills.
      filled: discloseFill(
        viewer,
        offer,
        own.reduce((sum, c) => sum + c.filled, 0),
      ),
    };
  });
}
/** The offer's own fields (no cohorts), as the audit log records them. */
async function describeOffer(db: Kysely<Database>, offer: Offer) {
  const { stages, interventions } = await selectOfferLists(db, [offer.code]);
  return toApiOfferFields(
    offer,
    stages.map((s) => s.stage_code),
    interventions.map((i) => i.intervention_code),
  );
}

export type ApiOffer = Awaited<ReturnType<typeof toApiOffers>>[number];

export async function listOfferCatalogue(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  filter: OfferFilter,
  viewer: Viewer = onScreen(user),
): Promise<ApiOffer[]> {
  return toApiOffers(db, user, await selectOffersForLocality(db, localityCode, filter), viewer);
}

/** An offer as seen from a locality: its own or national; anything else is "not found". */
export async function findVisibleOffer(db: Kysely<Database>, localityCode: string, code: string): Promise<Offer> {
  const offer = await selectOffer(db, code);
  if (!offer || (offer.scope_locality_code !== null && offer.scope_locality_code !== localityCode)) {
    throw new DomainError('NOT_FOUND', `There is no offer ${code} in this locality's catalogue.`);
  }
  return offer;
}

export async function getOffer(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  code: string,
): Promise<ApiOffer> {
  const [offer] = await toApiOffers(db, user, [await findVisibleOffer(db, localityCode, code)]);
  return offer!;
}

/**
 * An offer saved from this locality is scoped to the locality itself or is national; the user must
 * own it as stored (if it is) and as saved (PRODUCT.md §7 "Who owns a record").
 */
export function assertMayChangeOffer(
  user: SessionUser,
  localityCode: string,
  stored: Offer | undefined,
  scopeLocality: string | null,
): void {
  if (scopeLocality !== null && scopeLocality !== localityCode)
    throw new DomainError('INVALID', 'An offer is scoped to this locality or is national.');
  assertMayChange(
    user,
    [stored && ownerOfOffer(stored), ownerOfOffer({ scope_locality_code: scopeLocality })],
    'This offer',
  );
}

export async function saveOffer(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  values: OfferValues,
  mode: 'create' | 'update',
): Promise<ApiOffer> {
  const existing = await selectOffer(db, values.code);
  if (mode === 'create' && existing)
    throw new DomainError('CONFLICT', `An offer with code ${values.code} already exists.`);
  if (mode === 'update') await findVisibleOffer(db, localityCode, values.code);
  assertMayChangeOffer(user, localityCode, existing, scopeLocalityOf(values.scope));
  const before = existing ? await describeOffer(db, existing) : undefined;
  await db.transaction().execute(async (tx) => {
    await lockDataChanges(tx);
    await upsertOffer(tx, toOfferRow(values), values.stages, values.interventions, mode === 'update');
    await bumpDataVersion(tx, `offer ${mode} ${values.code}`);
    await recordAuditEvent(tx, {
      userId: user.id,
      action: mode,
      entity: 'offer',
      entityKey: values.code,
      before,
      after: values,
    });
  });
  return getOffer(db, user, localityCode, values.code);
}

/** Removes an offer that has never run; one with cohorts keeps its history (remove those first). */
export async function removeOffer(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  code: string,
): Promise<void> {
  const offer = await findVisibleOffer(db, localityCode, code);
  assertMayChange(user, [ownerOfOffer(offer)], 'This offer');
  if ((await countCohorts(db, code)) > 0)
    throw new DomainError('CONFLICT', `Offer ${code} has cohorts: remove them first.`);
  const before = await describeOffer(db, offer);
  await db.transaction().execute(async (tx) => {
    await lockDataChanges(tx);
    await deleteOfferRows(tx, code);
    await bumpDataVersion(tx, `offer delete ${code}`);
    await recordAuditEvent(tx, { userId: user.id, action: 'delete', entity: 'offer', entityKey: code, before });
  });
}
