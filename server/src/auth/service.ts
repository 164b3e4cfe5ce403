/**
 * Sign-in and sign-out. Unknown email, wrong password and deactivated account give the same
 * message, and an unknown email is still checked against a dummy hash so timing tells nothing.
 */

import type { Database } from '@ldm/db';
import type { Role } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import { updateUserRow } from '../user/queries';
import { hashPassword, needsRehash, verifyPassword } from './password';
import { createSession, type NewSession, revokeSession } from './session';
import { countSignInAttempt, recordSignInSuccess, type SignInLimits } from './sign-in-limiter';

let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('not a real password');
  return dummyHash;
}

export const WRONG_CREDENTIALS = 'The email or password is not right.';

export async function signIn(
  db: Kysely<Database>,
  limits: SignInLimits,
  input: { email: string; password: string },
  ip: string,
): Promise<{ user: SessionUser; session: NewSession }> {
  // Counted before the password is checked: a refused attempt never reaches verifyPassword.
  await countSignInAttempt(db, limits, input.email, ip);
  const row = await db.selectFrom('users').selectAll().where('email', '=', input.email).executeTakeFirst();
  const matches = await verifyPassword(input.password, row?.password_hash ?? (await getDummyHash()));
  if (!row || !matches || row.active !== 1) {
    throw new DomainError('UNAUTHORIZED', WRONG_CREDENTIALS);
  }
  await recordSignInSuccess(db, input.email, ip);
  // A hash made with older parameters is replaced now, while the password is at hand.
  if (needsRehash(row.password_hash))
    await updateUserRow(db, row.id, { password_hash: await hashPassword(input.password) });
  const session = await createSession(db, row.id);
  await recordAuditEvent(db, { userId: row.id, action: 'sign_in', entity: 'session', entityKey: String(row.id) });
  const user = {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    localityCode: row.locality_code,
  };
  return { user, session };
}

export async function signOut(db: Kysely<Database>, token: string | null): Promise<void> {
  if (token) await revokeSession(db, token);
}
