/** Test helper: the root router called as a given user, without HTTP (tRPC's createCaller). */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import { createContext, type SessionUser } from '../context';
import { appRouter } from '../router';
import { createCallerFactory } from '../trpc';

const createCaller = createCallerFactory(appRouter);

export function callAs(db: Kysely<Database>, user: SessionUser | null) {
  return createCaller(createContext({ db, user }));
}
