/** Offers, their stages and interventions (Kysely only). `scope_locality_code` null = national. */

import { containsText, type Database, type NewOffer, type Offer } from '@ldm/db';
import { mustParsePeriod } from '@ldm/shared';
import type { OfferFilter } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';

/** Offers a locality sees: its own and the national ones, filtered. */
export function selectOffersForLocality(
  db: Kysely<Database>,
  localityCode: string,
  filter: OfferFilter,
): Promise<Offer[]> {
  let query = db
    .selectFrom('offers')
    .selectAll()
    .where((eb) => eb.or([eb('scope_locality_code', '=', localityCode), eb('scope_locality_code', 'is', null)]));
  if (filter.tier) query = query.where('tier', '=', filter.tier);
  if (filter.mode) query = query.where('mode', '=', filter.mode);
  // An offer is listed under each of its stages and interventions (its tag tables).
  if (filter.stage) {
    const stages = db.selectFrom('offer_stages').select('offer_code').where('stage_code', '=', filter.stage);
    query = query.where('code', 'in', stages);
  }
  if (filter.intervention) {
    const interventions = db
      .selectFrom('offer_interventions')
      .select('offer_code')
      .where('intervention_code', '=', filter.intervention);
    query = query.where('code', 'in', interventions);
  }
  if (filter.period) {
    const { from, to } = mustParsePeriod(filter.period);
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('cohorts as c')
          .select('c.code')
          .whereRef('c.offer_code', '=', 'offers.code')
          .where('c.start_date', '<=', to)
          .where('c.end_date', '>=', from),
      ),
    );
  }
  if (filter.search) {
    const text = filter.search;
    query = query.where((eb) =>
      eb.or(['title', 'provider', 'code'].map((column) => containsText(`offers.${column}`, text))),
    );
  }
  return query.orderBy('tier').orderBy('title').execute();
}

export function selectOffer(db: Kysely<Database>, code: string): Promise<Offer | undefined> {
  return db.selectFrom('offers').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function selectOfferLists(db: Kysely<Database>, offerCodes: string[]) {
  if (offerCodes.length === 0) return { stages: [], interventions: [] };
  const [stages, interventions] = await Promise.all([
    db.selectFrom('offer_stages').selectAll().where('offer_code', 'in', offerCodes).execute(),
    db.selectFrom('offer_interventions').selectAll().where('offer_code', 'in', offerCodes).execute(),
  ]);
  return { stages, interventions };
}

/** Writes the offer row and replaces its stage and intervention lists. */
export async function upsertOffer(
  db: Kysely<Database>,
  offer: NewOffer,
  stages: string[],
  interventions: string[],
  exists: boolean,
): Promise<void> {
  if (exists) {
    const { code, ...rest } = offer;
    await db.updateTable('offers').set(rest).where('code', '=', code).execute();
    await db.deleteFrom('offer_stages').where('offer_code', '=', code).execute();
    await db.deleteFrom('offer_interventions').where('offer_code', '=', code).execute();
  } else {
    await db.insertInto('offers').values(offer).execute();
  }
  if (stages.length)
    await db
      .insertInto('offer_stages')
      .values(stages.map((stage_code) => ({ offer_code: offer.code, stage_code })))
      .execute();
  if (interventions.length) {
    await db
      .insertInto('offer_interventions')
      .values(interventions.map((intervention_code) => ({ offer_code: offer.code, intervention_code })))
      .execute();
  }
}

export async function deleteOfferRows(db: Kysely<Database>, code: string): Promise<void> {
  await db.deleteFrom('offer_stages').where('offer_code', '=', code).execute();
  await db.deleteFrom('offer_interventions').where('offer_code', '=', code).execute();
  await db.deleteFrom('offers').where('code', '=', code).execute();
}
