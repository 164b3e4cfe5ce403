/** Test fixture: a fresh database with the four test users for one describe block (or file). */

import type { Database } from '@ldm/db';
import { createTestDatabase, type TestDatabase } from '@ldm/db/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { SessionUser } from '../context';
import { callAs } from './call-as';
import { addTestUsers } from './users';

export interface DatabaseWithUsers {
  readonly test: TestDatabase;
  readonly db: Kysely<Database>;
  readonly users: Awaited<ReturnType<typeof addTestUsers>>;
  /** The root router called as `user`. */
  as: (user: SessionUser) => ReturnType<typeof callAs>;
}

/**
 * Creates the database and users before the block's tests (and before its own `beforeAll` hooks,
 * which may seed it) and destroys it after; read its fields inside hooks and tests.
 */
export function databaseWithUsers(): DatabaseWithUsers {
  let test: TestDatabase | undefined;
  let users: DatabaseWithUsers['users'] | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('databaseWithUsers() is read before its beforeAll ran');
    return value;
  };
  beforeAll(async () => {
    test = await createTestDatabase();
    users = await addTestUsers(test.db);
  });
  afterAll(() => test?.destroy());
  return {
    get test() {
      return ready(test);
    },
    get db() {
      return ready(test).db;
    },
    get users() {
      return ready(users);
    },
    as: (user) => callAs(ready(test).db, user),
  };
}
