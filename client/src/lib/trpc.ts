/**
 * The tRPC client for the dashboard. Only the router's *type* crosses from the server, so every
 * response type here is derived from it, never redeclared.
 */

import type { AppRouter } from '@ldm/server';
import { MAX_BATCH_SIZE } from '@ldm/shared/api-limits';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export function createApiClient() {
  // Same origin: the session cookie travels without any extra options.
  const options = {
    url: '/trpc',
    fetch: (url: URL | RequestInfo, init?: RequestInit) => fetch(url, { ...init, credentials: 'same-origin' }),
  };
  return createTRPCClient<AppRouter>({
    links: [
      // The server refuses sign-in inside a batch, so it always goes alone.
      splitLink({
        condition: (op) => op.path === 'auth.signIn',
        true: httpLink(options),
        false: httpBatchLink({ ...options, maxItems: MAX_BATCH_SIZE }),
      }),
    ],
  });
}

/** The tRPC error code of a failed call (`FORBIDDEN`, `UNAUTHORIZED`, …), if it is one. */
export function errorCodeOf(error: unknown): string | undefined {
  if (error instanceof TRPCClientError) return (error.data as { code?: string } | undefined)?.code;
  return undefined;
}
