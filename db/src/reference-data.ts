/**
 * Copies the reference data that lives in `@ldm/shared` into its tables, so foreign keys and
 * SQL joins can use it. Runs after every migration; idempotent. Measure definitions are only
 * inserted when missing, because administrators may edit their wording.
 */

import {
  GRADE_STAGE,
  INTERVENTIONS,
  LEARNING_MODES,
  LOCALITIES,
  MEASURES,
  PRINCIPLES,
  RECOMMENDATIONS,
  REGIONS,
  STAGES,
  TIERS,
  WORKPLACE_PRACTICES,
} from '@ldm/shared';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export async function syncReferenceData(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const r of REGIONS) {
      await trx
        .insertInto('regions')
        .values(r)
        .onConflict((oc) => oc.column('code').doUpdateSet({ name: r.name }))
        .execute();
    }
    for (const l of LOCALITIES) {
      const row = { code: l.code, name: l.name, region_code: l.regionCode };
      await trx
        .insertInto('localities')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const [ordinal, s] of STAGES.entries()) {
      const row = { code: s.code, name: s.name, ordinal };
      await trx
        .insertInto('stages')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const [grade, stage_code] of Object.entries(GRADE_STAGE)) {
      await trx
        .insertInto('grades')
        .values({ grade, stage_code })
        .onConflict((oc) => oc.column('grade').doUpdateSet({ stage_code }))
        .execute();
    }
    for (const t of TIERS) {
      await trx
        .insertInto('tiers')
        .values(t)
        .onConflict((oc) => oc.column('tier').doUpdateSet(t))
        .execute();
    }
    for (const i of INTERVENTIONS) {
      await trx
        .insertInto('interventions')
        .values(i)
        .onConflict((oc) => oc.column('code').doUpdateSet(i))
        .execute();
    }
    for (const m of LEARNING_MODES) {
      await trx
        .insertInto('learning_modes')
        .values(m)
        .onConflict((oc) => oc.column('code').doUpdateSet(m))
        .execute();
    }
    for (const [ordinal, p] of WORKPLACE_PRACTICES.entries()) {
      const row = { code: p.code, name: p.name, ordinal };
      await trx
        .insertInto('practices')
        .values(row)
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
    for (const p of PRINCIPLES) {
      await trx
        .insertInto('principles')
        .values(p)
        .onConflict((oc) => oc.column('number').doUpdateSet(p))
        .execute();
    }
    for (const r of RECOMMENDATIONS) {
      await trx
        .insertInto('recommendations')
        .values(r)
        .onConflict((oc) => oc.column('number').doUpdateSet(r))
        .execute();
    }
    for (const m of MEASURES) {
      await trx
        .insertInto('measures')
        .values({ code: m.code, name: m.name, definition: m.definition, unit: m.unit, direction: 'higher' })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
  });
}
