/**
 * Baselines and targets. A baseline is frozen when set — value, numerator, denominator, period,
 * data version, who and when are stored — so later imports never move it; only setting it again
 * (audited) does, and the baseline it replaces is kept in the history. A baseline comes from a
 * complete period only: an unfinished one would freeze a half-counted year. A target is a value
 * to reach by a target period.
 */

import type { Database } from '@ldm/db';
import { type LocalityCode, type MeasureCode, periodState, todayIso } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import * as q from './baseline-queries';
import { getPeriodFigures, parsePeriodOrThrow } from './measures-cache';
import { forgetBaselinesAndTargets } from './progress';

export interface SetBaselineInput {
  measureCode: MeasureCode;
  localityCode: LocalityCode;
  periodLabel: string;
  userId: number | null;
}

export interface SetTargetInput extends SetBaselineInput {
  value: number;
}

/**
 * What freezing would store now — the exact figures of the measure for the period — beside the
 * baseline it would replace. Throws INVALID for a period not yet over or a measure with no data.
 */
export async function previewBaseline(
  db: Kysely<Database>,
  input: Omit<SetBaselineInput, 'userId'>,
  today = todayIso(),
) {
  const period = parsePeriodOrThrow(input.periodLabel);
  if (periodState(period, today) !== 'complete') {
    throw new DomainError(
      'INVALID',
      `${period.label} is not over until ${period.to}: a baseline is frozen from a complete period.`,
    );
  }
  const { dataVersion, figures: stored } = await getPeriodFigures(db, [period]);
  const figures = stored[0]!.localities.find((l) => l.code === input.localityCode);
  const measure = figures?.measures[input.measureCode];
  if (!measure || measure.value === null) {
    throw new DomainError(
      'INVALID',
      `${input.measureCode} has no data for ${input.localityCode} in ${period.label}, so it cannot be a baseline.`,
    );
  }
  const current = (await q.selectBaseline(db, input.measureCode, input.localityCode)) ?? null;
  return { period: period.label, dataVersion, measure: { ...measure, value: measure.value }, current };
}

export async function setBaseline(db: Kysely<Database>, input: SetBaselineInput) {
  const { period, dataVersion, measure } = await previewBaseline(db, input);
  const row = {
    measure_code: input.measureCode,
    locality_code: input.localityCode,
    period,
    numerator: measure.numerator,
    denominator: measure.denominator,
    value: measure.value,
    data_version: dataVersion,
    set_by: input.userId,
    set_at: new Date().toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    const before = await q.selectBaseline(trx, input.measureCode, input.localityCode);
    if (before) await q.insertBaselineHistory(trx, { ...before, replaced_by: input.userId, replaced_at: row.set_at });
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
  forgetBaselinesAndTargets(db);
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
  forgetBaselinesAndTargets(db);
  return row;
}

/** A locality's replaced baselines, newest first. */
export function listBaselineHistory(db: Kysely<Database>, localityCode: LocalityCode) {
  return q.selectBaselineHistory(db, localityCode);
}
