/**
 * Right after a data change the server may answer a dashboard view from the previous data version
 * while it computes the current one, marking the answer `updating` (server/src/measure/dashboard-view.ts).
 * Such answers are asked for again every few seconds until they are current, and the layout says so.
 */

import { type Query, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

export const UPDATING_REFETCH_MS = 3_000;

function isUpdating(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { updating?: unknown }).updating === true;
}

/** TanStack Query's `refetchInterval`: poll an answer marked `updating`, nothing else. */
export function refetchWhileUpdating(query: Query): number | false {
  return isUpdating(query.state.data) ? UPDATING_REFETCH_MS : false;
}

/** Whether any figures on screen are of an earlier data version. */
export function useFiguresUpdating(): boolean {
  const cache = useQueryClient().getQueryCache();
  return useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => cache.getAll().some((query) => query.getObserversCount() > 0 && isUpdating(query.state.data)),
  );
}
