/**
 * Administrators' user management. Every change is audited (never with a password hash), and
 * deactivating a user or resetting a password ends the user's sessions at once.
 */

import type { Database } from '@ldm/db';
import type { Role } from '@ldm/shared';
import type { createUserSchema, updateUserSchema } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { generatePassword, hashPassword } from '../auth/password';
import { revokeUserSessions } from '../auth/session';
import { DomainError } from '../errors';
import { findUser, findUserIdByEmail, insertUser, listUsers, type UserRow, updateUserRow } from './queries';

export type NewUserValues = z.output<typeof createUserSchema>;
export type UserChanges = z.output<typeof updateUserSchema>;

function toApiUser(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    localityCode: row.locality_code,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}
export type ApiUser = ReturnType<typeof toApiUser>;

export async function getUsers(db: Kysely<Database>): Promise<ApiUser[]> {
  return (await listUsers(db)).map(toApiUser);
}

async function mustFindUser(db: Kysely<Database>, id: number): Promise<UserRow> {
  const row = await findUser(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `There is no user ${id}.`);
  return row;
}

/** Creates a user; without a password, generates a one-time one. Returns the password to hand over once. */
export async function addUser(
  db: Kysely<Database>,
  actorId: number | null,
  values: NewUserValues,
  password = generatePassword(),
) {
  if (await findUserIdByEmail(db, values.email))
    throw new DomainError('CONFLICT', `A user with email ${values.email} already exists.`);
  const id = await db.transaction().execute(async (tx) => {
    const newId = await insertUser(tx, {
      email: values.email,
      name: values.name,
      role: values.role,
      locality_code: values.localityCode,
      password_hash: await hashPassword(password),
      created_at: new Date().toISOString(),
    });
    await recordAuditEvent(tx, {
      userId: actorId,
      action: 'create',
      entity: 'user',
      entityKey: String(newId),
      after: { ...values },
    });
    return newId;
  });
  return { user: toApiUser(await mustFindUser(db, id)), password };
}

export async function changeUser(db: Kysely<Database>, actorId: number, changes: UserChanges): Promise<ApiUser> {
  if (changes.id === actorId && (!changes.active || changes.role !== 'admin')) {
    throw new DomainError('INVALID', 'You cannot remove your own administrator access.');
  }
  const before = toApiUser(await mustFindUser(db, changes.id));
  await db.transaction().execute(async (tx) => {
    await updateUserRow(tx, changes.id, {
      name: changes.name,
      role: changes.role,
      locality_code: changes.localityCode,
      active: changes.active ? 1 : 0,
    });
    if (!changes.active || changes.role !== before.role || changes.localityCode !== before.localityCode)
      await revokeUserSessions(tx, changes.id);
    const after = toApiUser(await mustFindUser(tx, changes.id));
    await recordAuditEvent(tx, {
      userId: actorId,
      action: 'update',
      entity: 'user',
      entityKey: String(changes.id),
      before,
      after,
    });
  });
  return toApiUser(await mustFindUser(db, changes.id));
}

/** Sets a new one-time password and signs the user out everywhere. */
export async function resetPassword(db: Kysely<Database>, actorId: number, id: number): Promise<{ password: string }> {
  await mustFindUser(db, id);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await updateUserRow(tx, id, { password_hash: passwordHash });
    await revokeUserSessions(tx, id);
    await recordAuditEvent(tx, { userId: actorId, action: 'reset_password', entity: 'user', entityKey: String(id) });
  });
  return { password };
}

/** Signs a user out everywhere (a lost laptop, a suspected stolen session), without other changes. */
export async function endUserSessions(db: Kysely<Database>, actorId: number, id: number): Promise<{ ok: true }> {
  await mustFindUser(db, id);
  await db.transaction().execute(async (tx) => {
    await revokeUserSessions(tx, id);
    await recordAuditEvent(tx, { userId: actorId, action: 'end_sessions', entity: 'user', entityKey: String(id) });
  });
  return { ok: true };
}
