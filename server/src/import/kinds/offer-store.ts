/** Offers live in three tables: the offer, its eligible stages and its interventions. */
import type { Database, Offer } from '@ldm/db';
import type { Kysely } from 'kysely';
import type { ImportStore } from '../kind-spec';
import { createTableStore } from '../table-store';

export type OfferImportRow = Offer & { stages: string[]; interventions: string[] };

async function deleteLists(db: Kysely<Database>, rows: readonly Offer[]): Promise<void> {
  if (rows.length === 0) return;
  const codes = rows.map((row) => row.code);
  await db.deleteFrom('offer_stages').where('offer_code', 'in', codes).execute();
  await db.deleteFrom('offer_interventions').where('offer_code', 'in', codes).execute();
}

export function createOfferStore(): ImportStore<OfferImportRow> {
  const offers = createTableStore<'offers', Offer>('offers', ['code'], (row) => row.code);
  return {
    async findExisting(db, rows) {
      const found = await offers.findExisting(db, rows);
      if (found.size === 0) return new Map();
      const codes = [...found.keys()];
      const [stages, interventions] = await Promise.all([
        db.selectFrom('offer_stages').select(['offer_code', 'stage_code']).where('offer_code', 'in', codes).execute(),
        db
          .selectFrom('offer_interventions')
          .select(['offer_code', 'intervention_code'])
          .where('offer_code', 'in', codes)
          .execute(),
      ]);
      const result = new Map<string, OfferImportRow>();
      for (const [code, offer] of found) {
        result.set(code, {
          ...offer,
          stages: stages
            .filter((s) => s.offer_code === code)
            .map((s) => s.stage_code)
            .sort(),
          interventions: interventions
            .filter((i) => i.offer_code === code)
            .map((i) => i.intervention_code)
            .sort(),
        });
      }
      return result;
    },
    async saveRows(db, rows, actor) {
      if (rows.length === 0) return;
      await offers.saveRows(
        db,
        rows.map(({ stages: _stages, interventions: _interventions, ...offer }) => offer),
        actor,
      );
      await deleteLists(db, rows);
      const stageRows = rows.flatMap((row) => row.stages.map((stage_code) => ({ offer_code: row.code, stage_code })));
      const interventionRows = rows.flatMap((row) =>
        row.interventions.map((intervention_code) => ({ offer_code: row.code, intervention_code })),
      );
      if (stageRows.length > 0) await db.insertInto('offer_stages').values(stageRows).execute();
      if (interventionRows.length > 0) await db.insertInto('offer_interventions').values(interventionRows).execute();
    },
    async deleteRows(db, rows) {
      await deleteLists(db, rows);
      await offers.deleteRows(db, rows);
    },
  };
}
