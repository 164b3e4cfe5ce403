/** Audit events, filtered and paged (Kysely only). */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

export interface AuditFilter {
  userId?: number;
  entity?: string;
  action?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
}

function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function filtered(db: Kysely<Database>, filter: AuditFilter) {
  let query = db.selectFrom('audit_events as a');
  if (filter.userId !== undefined) query = query.where('a.user_id', '=', filter.userId);
  if (filter.entity) query = query.where('a.entity', '=', filter.entity);
  if (filter.action) query = query.where('a.action', '=', filter.action);
  if (filter.from) query = query.where('a.at', '>=', filter.from);
  // Timestamps are ISO text: everything before the next day's midnight is on or before `to`.
  if (filter.to) query = query.where('a.at', '<', nextDay(filter.to));
  return query;
}

export async function countAuditEvents(db: Kysely<Database>, filter: AuditFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function selectAuditEvents(db: Kysely<Database>, filter: AuditFilter, limit: number, offset: number) {
  return filtered(db, filter)
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select([
      'a.id',
      'a.at',
      'a.user_id',
      'u.email as user_email',
      'a.action',
      'a.entity',
      'a.entity_key',
      'a.before',
      'a.after',
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** The entity and action names present, for the filter drop-downs. */
export async function selectAuditVocabulary(db: Kysely<Database>) {
  const [entities, actions] = await Promise.all([
    db.selectFrom('audit_events').select('entity').distinct().orderBy('entity').execute(),
    db.selectFrom('audit_events').select('action').distinct().orderBy('action').execute(),
  ]);
  return { entities: entities.map((r) => r.entity), actions: actions.map((r) => r.action) };
}
