/**
 * The shared repository of resources and practice (recommendation 4): every signed-in user
 * searches and reads it, and shares what has worked. Removal is offered to administrators and
 * the locality of origin; the server also lets the sharer remove their own.
 */

import { PRINCIPLES, STAGES } from '@ldm/shared';
import type { SearchResourcesInput } from '@ldm/shared/schemas/reporting';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ExternalLink } from '../../components/external-link';
import { ErrorMessage, QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useSessionUser } from '../../lib/use-session';
import { ResourceForm } from './resource-form';
import { ResourceSearch } from './resource-search';

type Resource = RouterOutputs['resource']['search'][number];

function tagsOf(resource: Resource): string {
  const tags = [
    ...resource.stages.map((code) => STAGES.find((s) => s.code === code)?.name ?? code),
    ...resource.tiers.map((tier) => `Tier ${tier}`),
    ...resource.principles.map((n) => PRINCIPLES[n - 1]?.name ?? String(n)),
  ];
  return tags.length ? tags.join(' · ') : 'no tags';
}

function ResourceItem({ resource }: { resource: Resource }) {
  const trpc = useTRPC();
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.resource.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.resource.search.pathKey() }),
    }),
  );
  const mayRemove =
    user.role === 'admin' || (resource.localityCode !== null && user.localityCode === resource.localityCode);
  return (
    <li className="resource">
      <h3>{resource.url ? <ExternalLink href={resource.url}>{resource.title}</ExternalLink> : resource.title}</h3>
      <p className="note">
        Shared by {resource.localityCode ? nameOfPlace(resource.localityCode) : 'the national implementation group'} on{' '}
        {resource.createdAt.slice(0, 10)}. {tagsOf(resource)}
      </p>
      {resource.body ? <p className="resource-body">{resource.body}</p> : null}
      {remove.error ? <ErrorMessage error={remove.error} /> : null}
      {mayRemove ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => window.confirm(`Remove “${resource.title}”?`) && remove.mutate({ resourceId: resource.id })}
        >
          Remove “{resource.title}”
        </button>
      ) : null}
    </li>
  );
}

export function ResourcesPage() {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<SearchResourcesInput>({});
  const [sharing, setSharing] = useState(false);
  const resources = useQuery({
    ...trpc.resource.search.queryOptions(filters),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <h1>Resources and practice</h1>
      <p className="lede">
        What localities and the national group have shared: guides, programmes, case studies and tools, tagged by
        principle, stage and tier.
      </p>
      {sharing ? (
        <section className="section" aria-labelledby="share-heading">
          <h2 id="share-heading">Share a resource</h2>
          <ResourceForm onDone={() => setSharing(false)} />
        </section>
      ) : (
        <button type="button" className="button-primary" onClick={() => setSharing(true)}>
          Share a resource
        </button>
      )}
      <section className="section" aria-labelledby="find-heading">
        <h2 id="find-heading">Find resources</h2>
        <ResourceSearch filters={filters} onChange={setFilters} />
        <QueryState query={resources} label="the resources">
          {(rows) => (
            <>
              <p role="status">{rows.length === 1 ? '1 resource matches.' : `${rows.length} resources match.`}</p>
              <ul className="resource-list">
                {rows.map((resource) => (
                  <ResourceItem key={resource.id} resource={resource} />
                ))}
              </ul>
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
