/**
 * Baselines and targets. A baseline is frozen when set — value, numerator, denominator, period,
 * data version, who and when are stored — so later imports never move it; only setting it again
 * (audited) does. A target is a value to reach by a target period.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import type { LocalityCode, MeasureCode } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import * as q from './baseline-queries';
import { getLocalityFigures, parsePeriodOrThrow } from './measures-cache';

export interface SetBaselineInput {
  measureCode: MeasureCode;
  localityCode: LocalityCode;
  periodLabel: string;
  userId: number | null;
}

export interface SetTargetInput extends SetBaselineInput {
  value: number;
}

export async function setBaseline(db: Kysely<Database>, input: SetBaselineInput) {
  const period = parsePeriodOrThrow(input.periodLabel);
  const dataVersion = await currentDataVersion(db);
  const figures = (await getLocalityFigures(db, period, dataVersion)).find((l) => l.code === input.localityCode);
  const measure = figures?.measures[input.measureCode];
  if (!measure || measure.value === null) {
    throw new DomainError(
      'INVALID',
      `${input.measureCode} has no data for ${input.localityCode} in ${period.label}, so it cannot be a baseline.`,
    );
  }
  const row = {
    measure_code: input.measureCode,
    locality_code: input.localityCode,
    period: period.label,
    numerator: measure.numerator,
    denominator: measure.denominator,
    value: measure.value,
    data_version: dataVersion,
    set_by: input.userId,
    set_at: new Date().toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    const before = await q.selectBaseline(trx, input.measureCode, input.localityCode);
    await q.upsertBaseline(trx, row);
    await recordAuditEvent(trx, {
      userId: input.userId,
      action: before ? 'update' : 'create',
      entity: 'measure_baseline',
      entityKey: `${input.measureCode}/${input.localityCode}`,
      before,
      after: row,
    });
  });
  return row;
}

export async function setTarget(db: Kysely<Database>, input: SetTargetInput) {
  const period = parsePeriodOrThrow(input.periodLabel);
  const row = {
    measure_code: input.measureCode,
    locality_code: input.localityCode,
    value: input.value,
    period: period.label,
    set_by: input.userId,
    set_at: new Date().toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    const before = await q.selectTarget(trx, input.measureCode, input.localityCode);
    await q.upsertTarget(trx, row);
    await recordAuditEvent(trx, {
      userId: input.userId,
      action: before ? 'update' : 'create',
      entity: 'measure_target',
      entityKey: `${input.measureCode}/${input.localityCode}`,
      before,
      after: row,
    });
  });
  return row;
}
