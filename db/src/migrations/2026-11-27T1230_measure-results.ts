/**
 * Issue 18: measures stored per data version, so every server process (and a restarted one) reads
 * the same figures and none computes them on a request.
 * - `measure_results`: one row per data version, period, locality and measure (numerator and
 *   denominator; regions and England are pooled from these when read, never stored apart).
 * - `measure_localities`: per data version, period and locality, the trainees in post and the
 *   stage × tier coverage. A period's figures are stored when its 13 rows are (one transaction).
 * - `measure_breakdowns`: per data version, period and locality, the dashboard's breakdowns and
 *   gaps as JSON (grouped counts, never trainees).
 * - `measure_jobs`: which process computes which version, so two never compute the same one.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('measure_results')
    .addColumn('data_version', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('locality_code', 'text', (c) => c.notNull())
    .addColumn('measure_code', 'text', (c) => c.notNull())
    .addColumn('numerator', 'integer', (c) => c.notNull())
    .addColumn('denominator', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_results_pk', ['data_version', 'period', 'locality_code', 'measure_code'])
    .execute();
  await db.schema
    .createTable('measure_localities')
    .addColumn('data_version', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('locality_code', 'text', (c) => c.notNull())
    .addColumn('trainees_in_post', 'integer', (c) => c.notNull())
    .addColumn('coverage', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_localities_pk', ['data_version', 'period', 'locality_code'])
    .execute();
  await db.schema
    .createTable('measure_breakdowns')
    .addColumn('data_version', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('locality_code', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_breakdowns_pk', ['data_version', 'period', 'locality_code'])
    .execute();
  await db.schema
    .createTable('measure_jobs')
    .addColumn('data_version', 'integer', (c) => c.primaryKey())
    .addColumn('claimed_by', 'text', (c) => c.notNull())
    .addColumn('heartbeat_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('measure_jobs').execute();
  await db.schema.dropTable('measure_breakdowns').execute();
  await db.schema.dropTable('measure_localities').execute();
  await db.schema.dropTable('measure_results').execute();
}
