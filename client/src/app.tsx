/** Providers for the whole dashboard: TanStack Query, the tRPC client, the router. */

import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { refetchWhileUpdating } from './lib/figures-updating';
import { createApiClient, errorCodeOf, TRPCProvider } from './lib/trpc';
import { appRouter } from './router';

function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // A session that expired mid-visit: back to sign-in, then to the same view.
        if (errorCodeOf(error) === 'UNAUTHORIZED') {
          window.location.assign(
            `/sign-in?${new URLSearchParams({ next: window.location.pathname + window.location.search }).toString()}`,
          );
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        refetchInterval: refetchWhileUpdating,
        // Refusals and bad input will not change on retry; only transient failures are retried.
        retry: (count, error) =>
          count < 2 && !['FORBIDDEN', 'UNAUTHORIZED', 'BAD_REQUEST', 'NOT_FOUND'].includes(errorCodeOf(error) ?? ''),
      },
    },
  });
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={appRouter} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
