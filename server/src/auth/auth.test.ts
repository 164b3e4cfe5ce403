import { createTestDatabase, type TestDatabase } from '@ldm/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../context';
import { appRouter } from '../router';
import { addTestUsers, TEST_PASSWORD } from '../testing/users';
import { createCallerFactory } from '../trpc';
import { ABSOLUTE_HOURS, IDLE_MINUTES, sessionIdOf } from './session';
import { findSessionUser } from './session-user';
import { SignInLimiter } from './sign-in-limiter';

const createCaller = createCallerFactory(appRouter);

/** A caller whose cookie jar is one variable, as the Express adapter would set it. */
function cookieCaller(t: TestDatabase, limiter: SignInLimiter, ip = '10.0.0.1') {
  const jar: { token: string | null; expires: Date | null } = { token: null, expires: null };
  const http: NonNullable<Context['http']> = {
    get sessionToken() {
      return jar.token;
    },
    setSessionCookie: (token, expires) => Object.assign(jar, { token, expires }),
    clearSessionCookie: () => Object.assign(jar, { token: null, expires: null }),
  };
  return { jar, caller: createCaller(createContext({ db: t.db, ip, http, signInLimiter: limiter })) };
}

describe('sign-in', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await addTestUsers(t.db);
  });
  afterAll(() => t.destroy());

  it('signs in with the right password, stores only the token hash, and signs out', async () => {
    const { jar, caller } = cookieCaller(t, new SignInLimiter());
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
    const { caller } = cookieCaller(t, new SignInLimiter());
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
    const { caller } = cookieCaller(t, new SignInLimiter({ perAccount: 5, perAddress: 100, minutes: 15 }));
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
    const limiter = new SignInLimiter({ perAccount: 100, perAddress: 3, minutes: 10 });
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

  it('rejects a malformed email with a field error, not a server error', async () => {
    const { caller } = cookieCaller(t, new SignInLimiter());
    await expect(caller.auth.signIn({ email: 'not-an-email', password: 'x' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('ends a session after the idle limit and after the absolute limit', async () => {
    const { jar, caller } = cookieCaller(t, new SignInLimiter());
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
