import { openDatabase } from '@ldm/db';
import { type HeldTestDatabase, type TestDatabase, testDatabaseForSuite } from '@ldm/db/testing';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../context';
import { appRouter } from '../router';
import { addTestUsers, TEST_PASSWORD } from '../testing/users';
import { createCallerFactory } from '../trpc';
import { ABSOLUTE_HOURS, IDLE_MINUTES, sessionIdOf } from './session';
import { findSessionUser } from './session-user';
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './sign-in-limiter';

const createCaller = createCallerFactory(appRouter);

/** A caller whose cookie jar is one variable, as the Express adapter would set it. */
function cookieCaller(t: HeldTestDatabase, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS, ip = '10.0.0.1') {
  const jar: { token: string | null; expires: Date | null } = { token: null, expires: null };
  const http: NonNullable<Context['http']> = {
    batched: false,
    get sessionToken() {
      return jar.token;
    },
    setSessionCookie: (token, expires) => Object.assign(jar, { token, expires }),
    clearSessionCookie: () => Object.assign(jar, { token: null, expires: null }),
  };
  return { jar, caller: createCaller(createContext({ db: t.db, ip, http, signInLimits: limits })) };
}

describe('sign-in', () => {
  const t = testDatabaseForSuite();
  beforeAll(async () => {
    await addTestUsers(t.db);
  });
  // The counts live in the database; each test starts with none.
  beforeEach(() => t.db.deleteFrom('sign_in_attempts').execute());

  it('signs in with the right password, stores only the token hash, and signs out', async () => {
    const { jar, caller } = cookieCaller(t);
    const user = await caller.auth.signIn({ email: ' Dean.NE@example.org ', password: TEST_PASSWORD });
    expect(user).toMatchObject({ email: 'dean.ne@example.org', role: 'dean', localityCode: 'NE' });
    expect(jar.token).toMatch(/^[\w-]{43}$/);
    const stored = await t.db.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute();
    expect(stored.map((s) => s.id)).toEqual([sessionIdOf(jar.token!)]);
    expect(jar.expires!.getTime() - Date.parse(stored[0]!.created_at)).toBe(ABSOLUTE_HOURS * 3_600_000);
    expect(await findSessionUser(t.db, jar.token!)).toMatchObject({ id: user.id });

    const token = jar.token!;
    await caller.auth.signOut();
    expect(jar.token).toBeNull();
    expect(await findSessionUser(t.db, token)).toBeNull();
  });

  it('gives one message for an unknown email, a wrong password and a deactivated user', async () => {
    const { caller } = cookieCaller(t);
    await t.db.updateTable('users').set({ active: 0 }).where('email', '=', 'lead.ne@example.org').execute();
    const messages = await Promise.all(
      [
        { email: 'nobody@example.org', password: TEST_PASSWORD },
        { email: 'dean.ne@example.org', password: 'wrong' },
        { email: 'lead.ne@example.org', password: TEST_PASSWORD },
      ].map((input) =>
        caller.auth.signIn(input).then(
          () => 'signed in',
          (e: Error & { code?: string }) => `${e.code}: ${e.message}`,
        ),
      ),
    );
    expect(messages).toEqual(Array(3).fill('UNAUTHORIZED: The email or password is not right.'));
  });

  it('blocks an account after 5 failures with "try again in N minutes", even with the right password', async () => {
    const { caller } = cookieCaller(t, { perAccount: 5, perAddress: 100, minutes: 15 });
    for (let i = 0; i < 5; i++)
      await expect(caller.auth.signIn({ email: 'admin@example.org', password: 'x' })).rejects.toThrow('not right');
    await expect(caller.auth.signIn({ email: 'admin@example.org', password: TEST_PASSWORD })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many sign-in attempts. Please try again in 15 minutes.',
    });
    // Another account from the same address is unaffected.
    await expect(caller.auth.signIn({ email: 'national@example.org', password: TEST_PASSWORD })).resolves.toMatchObject(
      { role: 'national' },
    );
  });

  it('blocks an address that tries many accounts', async () => {
    const limiter = { perAccount: 100, perAddress: 3, minutes: 10 };
    const { caller } = cookieCaller(t, limiter, '10.9.9.9');
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org'])
      await expect(caller.auth.signIn({ email, password: 'x' })).rejects.toThrow('not right');
    await expect(caller.auth.signIn({ email: 'national@example.org', password: TEST_PASSWORD })).rejects.toThrow(
      'try again in 10 minutes',
    );
    const other = cookieCaller(t, limiter, '10.9.9.10').caller;
    await expect(other.auth.signIn({ email: 'national@example.org', password: TEST_PASSWORD })).resolves.toMatchObject({
      role: 'national',
    });
  });

  it('checks at most perAccount passwords when 40 attempts arrive at once through two server processes', async () => {
    // Two database handles stand for two server processes sharing one database.
    const second = openDatabase(t.config);
    try {
      const limits = { perAccount: 5, perAddress: 1000, minutes: 15 };
      const attempt = (db: TestDatabase['db'], i: number) =>
        createCaller(createContext({ db, ip: `10.1.0.${i}`, signInLimits: limits }))
          .auth.signIn({ email: 'admin@example.org', password: `guess ${i}` })
          .then(
            () => 'signed in',
            (e: { code?: string }) => e.code,
          );
      const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(i % 2 ? second : t.db, i)));
      // Only the first five counted attempts had their password checked; the rest were refused unchecked.
      expect(outcomes.filter((o) => o === 'UNAUTHORIZED')).toHaveLength(5);
      expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS')).toHaveLength(35);
      await expect(
        createCaller(createContext({ db: second, signInLimits: limits })).auth.signIn({
          email: 'admin@example.org',
          password: TEST_PASSWORD,
        }),
      ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    } finally {
      await second.destroy();
    }
  });

  it('starts a new window once the old one has ended, and a success gives the address its attempt back', async () => {
    const limits = { perAccount: 2, perAddress: 2, minutes: 1 };
    const { caller } = cookieCaller(t, limits, '10.7.7.7');
    await caller.auth.signIn({ email: 'national@example.org', password: TEST_PASSWORD });
    await caller.auth.signIn({ email: 'national@example.org', password: TEST_PASSWORD });
    await expect(caller.auth.signIn({ email: 'dean.ne@example.org', password: 'x' })).rejects.toThrow('not right');
    const counts = await t.db.selectFrom('sign_in_attempts').select(['key', 'attempts']).orderBy('key').execute();
    expect(counts).toEqual([
      { key: 'account:dean.ne@example.org', attempts: 1 },
      { key: 'address:10.7.7.7', attempts: 1 },
    ]);
    await t.db
      .updateTable('sign_in_attempts')
      .set({ window_ends_at: new Date(Date.now() - 1).toISOString() })
      .execute();
    await caller.auth.signIn({ email: 'dean.ne@example.org', password: TEST_PASSWORD });
    expect(await t.db.selectFrom('sign_in_attempts').select(['key', 'attempts']).execute()).toEqual([
      { key: 'address:10.7.7.7', attempts: 0 },
    ]);
  });

  it('rejects a malformed email with a field error, not a server error', async () => {
    const { caller } = cookieCaller(t);
    await expect(caller.auth.signIn({ email: 'not-an-email', password: 'x' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('ends a session after the idle limit and after the absolute limit', async () => {
    const { jar, caller } = cookieCaller(t);
    await caller.auth.signIn({ email: 'national@example.org', password: TEST_PASSWORD });
    const start = Date.now();
    const minute = 60_000;
    expect(await findSessionUser(t.db, jar.token!, new Date(start + (IDLE_MINUTES - 1) * minute))).not.toBeNull();
    // That request refreshed last_seen; idle time counts from it.
    expect(await findSessionUser(t.db, jar.token!, new Date(start + (2 * IDLE_MINUTES - 3) * minute))).not.toBeNull();
    expect(await findSessionUser(t.db, jar.token!, new Date(start + ABSOLUTE_HOURS * 60 * minute + minute))).toBeNull();

    await caller.auth.signIn({ email: 'national@example.org', password: TEST_PASSWORD });
    expect(await findSessionUser(t.db, jar.token!, new Date(start + (IDLE_MINUTES + 1) * minute))).toBeNull();
  });

  it('me returns the signed-in user or null', async () => {
    expect(await createCaller(createContext({ db: t.db })).auth.me()).toBeNull();
  });
});
