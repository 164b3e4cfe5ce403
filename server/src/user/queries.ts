/** Users table access (Kysely only). Password hashes never leave this file except for sign-in. */

import type { Database, NewUser } from '@ldm/db';
import type { Kysely } from 'kysely';

const PUBLIC_COLUMNS = ['id', 'email', 'name', 'role', 'locality_code', 'active', 'created_at'] as const;

export function listUsers(db: Kysely<Database>) {
  return db.selectFrom('users').select(PUBLIC_COLUMNS).orderBy('email').execute();
}

export function findUser(db: Kysely<Database>, id: number) {
  return db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findUserIdByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
}

export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<number> {
  const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUserRow(
  db: Kysely<Database>,
  id: number,
  values: { name?: string; role?: string; locality_code?: string | null; active?: 0 | 1; password_hash?: string },
): Promise<void> {
  await db.updateTable('users').set(values).where('id', '=', id).execute();
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;
