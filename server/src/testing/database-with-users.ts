/** Test fixture: a fresh database with the four test users for one describe block (or file). */

import type { Database } from '@ldm/db';
import { type HeldTestDatabase, testDatabaseForSuite } from '@ldm/db/testing';
import type { Kysely } from 'kysely';
import { beforeAll } from 'vitest';
import type { SessionUser } from '../context';
import { callAs } from './call-as';
import { addTestUsers } from './users';

export interface DatabaseWithUsers {
  readonly test: HeldTestDatabase;
  readonly db: Kysely<Database>;
  readonly users: Awaited<ReturnType<typeof addTestUsers>>;
  /** The root router called as `user`. */
  as: (user: SessionUser) => ReturnType<typeof callAs>;
  /** The audit events of one kind of record (`entity`), oldest first. */
  auditTrail: (entity: string) => Promise<{ action: string; before: string | null; after: string | null }[]>;
}

/**
 * Creates the database and users before the block's tests (and before its own `beforeAll` hooks,
 * which may seed it) and destroys it after; read its fields inside hooks and tests.
 */
export function databaseWithUsers(): DatabaseWithUsers {
  const test = testDatabaseForSuite();
  let users: DatabaseWithUsers['users'] | undefined;
  beforeAll(async () => {
    users = await addTestUsers(test.db);
  });
  return {
    test,
    get db() {
      return test.db;
    },
    get users() {
      if (users === undefined) throw new Error('databaseWithUsers() is read before its beforeAll ran');
      return users;
    },
    as: (user) => callAs(test.db, user),
    auditTrail: (entity) =>
      test.db
        .selectFrom('audit_events')
        .select(['action', 'before', 'after'])
        .where('entity', '=', entity)
        .orderBy('id')
        .execute(),
  };
}
