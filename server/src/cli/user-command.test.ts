import { testDatabaseForSuite } from '@ldm/db/testing';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { addUserFromCli } from './user-command';

describe('cli user add', () => {
  const t = testDatabaseForSuite();

  const hashOf = async (email: string) =>
    (await t.db.selectFrom('users').select('password_hash').where('email', '=', email).executeTakeFirstOrThrow())
      .password_hash;

  it('creates a dean and prints a one-time password that matches the stored hash', async () => {
    const result = await addUserFromCli(t.db, 'dean@ne.example', { role: 'dean', locality: 'NE' }, null);
    expect(result).toMatchObject({
      ok: true,
      stderr: 'Created dean dean@ne.example (NE). One-time password on standard output.',
    });
    expect(await verifyPassword(result.stdout, await hashOf('dean@ne.example'))).toBe(true);
  });

  it('uses a piped password and prints nothing', async () => {
    const result = await addUserFromCli(t.db, 'ops@example.org', { role: 'admin' }, 'a long piped secret');
    expect(result).toMatchObject({ ok: true, stdout: '' });
    expect(await verifyPassword('a long piped secret', await hashOf('ops@example.org'))).toBe(true);
  });

  it('refuses a locality role without a locality, an unknown role and a short password', async () => {
    expect(await addUserFromCli(t.db, 'x@example.org', { role: 'academy_lead' }, null)).toMatchObject({
      ok: false,
      stderr: 'localityCode: A dean or academy lead needs a locality.',
    });
    expect((await addUserFromCli(t.db, 'x@example.org', { role: 'boss' }, null)).stderr).toMatch(/^role: /);
    expect(await addUserFromCli(t.db, 'x@example.org', { role: 'national' }, 'short')).toMatchObject({
      ok: false,
      stderr: 'password: use at least 10 characters.',
    });
    expect(await t.db.selectFrom('users').select('email').where('email', '=', 'x@example.org').execute()).toEqual([]);
  });
});
