/** The signed-in user, provided once by the layout so every page can read it without a query. */
import { createContext, useContext } from 'react';
import type { RouterOutputs } from './trpc';

export type SessionUser = NonNullable<RouterOutputs['auth']['me']>;

export const SessionContext = createContext<SessionUser | null>(null);

export function useSessionUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSessionUser is only available inside the signed-in layout');
  return user;
}
