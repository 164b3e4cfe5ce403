/**
 * The shared repository of resources and practice (recommendation 4): every signed-in user reads
 * and searches it. Who may share as which origin: a dean or academy lead only as their own
 * locality; the national role only as "national" (no locality) — the national group shares too;
 * an administrator as any locality or none.
 */

import type { Database, Resource } from '@ldm/db';
import type { CreateResourceInput, SearchResourcesInput } from '@ldm/shared/schemas/reporting';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import { canWrite, isOwnLocality } from '../auth/policy';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import * as q from './queries';

/** A search answers at most this many resources, most recent first. */
export const RESOURCE_SEARCH_LIMIT = 200;

export function mayShareResourceAs(user: SessionUser, localityCode: string | null): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'national') return localityCode === null;
  return isOwnLocality(user, localityCode);
}

/** The creator, or whoever may change the origin locality's data (its users, an admin). */
function mayDeleteResource(user: SessionUser, resource: Resource): boolean {
  return resource.created_by === user.id || canWrite(user, resource.locality_code);
}

async function toApi(db: Kysely<Database>, resources: Resource[]) {
  const tags = await q.listResourceTags(
    db,
    resources.map((r) => r.id),
  );
  return resources.map((r) => {
    const own = tags.filter((t) => t.resource_id === r.id);
    const valuesOf = (kind: q.TagKind) => own.filter((t) => t.kind === kind).map((t) => t.value);
    return {
      id: r.id,
      title: r.title,
      url: r.url,
      body: r.body,
      localityCode: r.locality_code,
      createdAt: r.created_at,
      principles: valuesOf('principle')
        .map(Number)
        .sort((a, b) => a - b),
      stages: valuesOf('stage'),
      tiers: valuesOf('tier')
        .map(Number)
        .sort((a, b) => a - b),
    };
  });
}
export type ResourceView = Awaited<ReturnType<typeof toApi>>[number];

export async function searchResources(db: Kysely<Database>, filters: SearchResourcesInput): Promise<ResourceView[]> {
  return toApi(db, await q.searchResourceRows(db, filters, RESOURCE_SEARCH_LIMIT));
}

export function createResource(
  db: Kysely<Database>,
  user: SessionUser,
  input: CreateResourceInput,
): Promise<ResourceView> {
  if (!mayShareResourceAs(user, input.localityCode)) {
    throw new DomainError(
      'FORBIDDEN',
      user.role === 'national'
        ? 'Share national resources with no locality of origin.'
        : 'You can only share resources as your own locality.',
    );
  }
  return db.transaction().execute(async (trx) => {
    const tags = [
      ...input.principles.map((n) => ({ kind: 'principle' as const, value: String(n) })),
      ...input.stages.map((s) => ({ kind: 'stage' as const, value: s })),
      ...input.tiers.map((n) => ({ kind: 'tier' as const, value: String(n) })),
    ];
    const row = {
      title: input.title,
      url: input.url,
      body: input.body || null,
      localityCode: input.localityCode,
      userId: user.id,
      now: new Date().toISOString(),
    };
    const id = await q.insertResource(trx, row, tags);
    const [after] = await toApi(trx, [(await q.findResource(trx, id))!]);
    await recordAuditEvent(trx, {
      userId: user.id,
      action: 'create',
      entity: 'resource',
      entityKey: String(id),
      after,
    });
    return after!;
  });
}

export function deleteResource(db: Kysely<Database>, user: SessionUser, resourceId: number): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const resource = await q.findResource(trx, resourceId);
    if (!resource) throw new DomainError('NOT_FOUND', 'That resource does not exist.');
    if (!mayDeleteResource(user, resource))
      throw new DomainError('FORBIDDEN', 'Only whoever shared it, or its locality, can remove this resource.');
    const [before] = await toApi(trx, [resource]);
    await q.deleteResourceRow(trx, resourceId);
    await recordAuditEvent(trx, {
      userId: user.id,
      action: 'delete',
      entity: 'resource',
      entityKey: String(resourceId),
      before,
    });
  });
}
