/** The administrators' audit list: who changed what, when, with before and after as stored. */

import type { Database } from '@ldm/db';
import type { auditFilterSchema } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { countAuditEvents, selectAuditEvents, selectAuditVocabulary } from './queries';

export async function listAuditEvents(db: Kysely<Database>, query: z.output<typeof auditFilterSchema>) {
  const { page, pageSize, ...filter } = query;
  const [total, rows, vocabulary] = await Promise.all([
    countAuditEvents(db, filter),
    selectAuditEvents(db, filter, pageSize, (page - 1) * pageSize),
    selectAuditVocabulary(db),
  ]);
  return {
    total,
    page,
    pageSize,
    ...vocabulary,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      userEmail: r.user_email,
      action: r.action,
      entity: r.entity,
      entityKey: r.entity_key,
      before: r.before === null ? null : (JSON.parse(r.before) as unknown),
      after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    })),
  };
}
