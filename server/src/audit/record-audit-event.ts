/**
 * Writes one audit event: who changed what, when, before and after. Call it with the same
 * handle (transaction) as the change, so the event commits or rolls back with it.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

export interface AuditInput {
  userId: number | null;
  /** A verb: `create`, `update`, `delete`, `import`, `submit`, `approve`, `sign_in`… */
  action: string;
  /** The table or domain noun, e.g. `offer`, `cohort`, `progress_report`. */
  entity: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAuditEvent(db: Kysely<Database>, event: AuditInput): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      user_id: event.userId,
      at: new Date().toISOString(),
      action: event.action,
      entity: event.entity,
      entity_key: event.entityKey,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    })
    .execute();
}
