/**
 * The tRPC client for the dashboard. Only the router's *type* crosses from the server, so every
 * response type here is derived from it, never redeclared.
 */

import type { AppRouter } from '@ldm/server';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    // Same origin: the session cookie travels without any extra options.
    links: [httpBatchLink({ url: '/trpc', fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }) })],
  });
}

/** The tRPC error code of a failed call (`FORBIDDEN`, `UNAUTHORIZED`, …), if it is one. */
export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof TRPCClientError) return (error.data as { code?: string } | undefined)?.code;
  return undefined;
}
