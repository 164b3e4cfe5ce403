/**
 * Earlier baselines kept as history: when a baseline is set again, the one it replaces is copied
 * here (with who replaced it and when) instead of being lost.
 */
import type { Kysely } from 'kysely';
import { addIdColumn, doublePrecision } from './dialect-helpers';

export async function up(db: Kysely<any>): Promise<void> {
  await addIdColumn(db, db.schema.createTable('measure_baseline_history'))
    .addColumn('measure_code', 'text', (c) => c.notNull().references('measures.code'))
    .addColumn('locality_code', 'text', (c) => c.notNull().references('localities.code'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('numerator', doublePrecision, (c) => c.notNull())
    .addColumn('denominator', doublePrecision, (c) => c.notNull())
    .addColumn('value', doublePrecision)
    .addColumn('data_version', 'integer', (c) => c.notNull())
    .addColumn('set_by', 'integer', (c) => c.references('users.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addColumn('replaced_by', 'integer', (c) => c.references('users.id'))
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('measure_baseline_history_locality')
    .on('measure_baseline_history')
    .columns(['locality_code', 'measure_code', 'replaced_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('measure_baseline_history').execute();
}
