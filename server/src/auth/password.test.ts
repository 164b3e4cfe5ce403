/** Password hashes at OWASP's scrypt minimum, re-hashed at sign-in when made with older parameters. */
import { type HeldTestDatabase, testDatabaseForSuite } from '@ldm/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../context';
import { appRouter } from '../router';
import { addTestUsers, TEST_PASSWORD } from '../testing/users';
import { createCallerFactory } from '../trpc';
import { hashPassword, needsRehash, verifyPassword } from './password';

const signInCaller = (t: HeldTestDatabase) => createCallerFactory(appRouter)(createContext({ db: t.db }));

describe('passwords', () => {
  const t = testDatabaseForSuite();
  beforeAll(async () => {
    await addTestUsers(t.db);
  });

  it('hashes with scrypt N=2^17, r=8, p=1, a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('a long passphrase');
    const [scheme, n, r, p, salt, key] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '131072', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    expect(await verifyPassword('a long passphrase', stored)).toBe(true);
    expect(await verifyPassword('a long passphrasE', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('re-hashes an older hash at the next successful sign-in, not at a failed one', async () => {
    const old = await hashPassword(TEST_PASSWORD, { N: 2 ** 15, r: 8, p: 1 });
    expect(needsRehash(old)).toBe(true);
    await t.db.updateTable('users').set({ password_hash: old }).where('email', '=', 'dean.ne@example.org').execute();
    const storedHash = async () =>
      (
        await t.db
          .selectFrom('users')
          .select('password_hash')
          .where('email', '=', 'dean.ne@example.org')
          .executeTakeFirstOrThrow()
      ).password_hash;

    await expect(signInCaller(t).auth.signIn({ email: 'dean.ne@example.org', password: 'wrong' })).rejects.toThrow();
    expect(await storedHash()).toBe(old);

    await signInCaller(t).auth.signIn({ email: 'dean.ne@example.org', password: TEST_PASSWORD });
    const renewed = await storedHash();
    expect(renewed).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(TEST_PASSWORD, renewed)).toBe(true);
    // And the renewed hash signs in as before.
    await expect(
      signInCaller(t).auth.signIn({ email: 'dean.ne@example.org', password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ email: 'dean.ne@example.org' });
  });
});
