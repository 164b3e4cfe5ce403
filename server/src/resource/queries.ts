/** Kysely queries for the shared repository of resources and practice. */

import { containsText, type Database, type Resource } from '@ldm/db';
import type { SearchResourcesInput } from '@ldm/shared/schemas/reporting';
import type { Kysely } from 'kysely';

export type TagKind = 'principle' | 'stage' | 'tier';

/** Most recent first; text matches title, web address or body, case-insensitively. */
export function searchResourceRows(
  db: Kysely<Database>,
  filters: SearchResourcesInput,
  limit: number,
): Promise<Resource[]> {
  let query = db.selectFrom('resources').selectAll('resources');
  if (filters.text) {
    const text = filters.text;
    query = query.where((eb) =>
      eb.or(['title', 'url', 'body'].map((column) => containsText(`resources.${column}`, text))),
    );
  }
  const tagFilters: [TagKind, string | number | undefined][] = [
    ['principle', filters.principle],
    ['stage', filters.stage],
    ['tier', filters.tier],
  ];
  for (const [kind, value] of tagFilters) {
    if (value === undefined) continue;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('resource_tags')
          .select('resource_tags.resource_id')
          .whereRef('resource_tags.resource_id', '=', 'resources.id')
          .where('resource_tags.kind', '=', kind)
          .where('resource_tags.value', '=', String(value)),
      ),
    );
  }
  if (filters.origin === 'national') query = query.where('resources.locality_code', 'is', null);
  else if (filters.origin) query = query.where('resources.locality_code', '=', filters.origin);
  return query.orderBy('resources.created_at', 'desc').orderBy('resources.id', 'desc').limit(limit).execute();
}

export function findResource(db: Kysely<Database>, id: number): Promise<Resource | undefined> {
  return db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listResourceTags(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('resource_tags')
    .selectAll()
    .where('resource_id', 'in', ids)
    .orderBy('kind')
    .orderBy('value')
    .execute();
}

export async function insertResource(
  db: Kysely<Database>,
  row: {
    title: string;
    url: string | null;
    body: string | null;
    localityCode: string | null;
    userId: number;
    now: string;
  },
  tags: { kind: TagKind; value: string }[],
): Promise<number> {
  const inserted = await db
    .insertInto('resources')
    .values({
      title: row.title,
      url: row.url,
      body: row.body,
      locality_code: row.localityCode,
      created_by: row.userId,
      created_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (tags.length > 0)
    await db
      .insertInto('resource_tags')
      .values(tags.map((t) => ({ resource_id: inserted.id, ...t })))
      .execute();
  return inserted.id;
}

export async function deleteResourceRow(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('resources').where('id', '=', id).execute();
}
