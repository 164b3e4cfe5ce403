import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testDatabaseForSuite } from '@ldm/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUsers, TEST_PASSWORD } from '../testing/users';
import { createApp } from './app';

describe('HTTP: session cookie and error responses', () => {
  const t = testDatabaseForSuite();
  let server: Server;
  let base: string;

  beforeAll(async () => {
    await addTestUsers(t.db);
    server = createApp(t.db, { trustProxy: 'loopback' }).listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;
  });
  afterAll(async () => {
    server.close();
  });

  const signIn = (headers: Record<string, string> = {}) =>
    fetch(`${base}/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email: 'dean.ne@example.org', password: TEST_PASSWORD }),
    });

  it('sets an HttpOnly, SameSite=Lax cookie that expires, and revokes it on sign-out', async () => {
    const response = await signIn();
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ldm_session=[\w-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    const session = cookie.split(';')[0]!;
    const me = await (await fetch(`${base}/auth.me`, { headers: { cookie: session } })).json();
    expect(me.result.data).toMatchObject({ email: 'dean.ne@example.org', localityCode: 'NE' });
    const out = await fetch(`${base}/auth.signOut`, {
      method: 'POST',
      headers: { cookie: session, 'content-type': 'application/json' },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^ldm_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect((await (await fetch(`${base}/auth.me`, { headers: { cookie: session } })).json()).result.data).toBeNull();
  });

  it('marks the cookie Secure when the request came over HTTPS through the proxy TRUST_PROXY names', async () => {
    expect((await signIn({ 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('answers a bad input with 400 and field errors, never a stack trace', async () => {
    const session = (await signIn()).headers.get('set-cookie')!.split(';')[0]!;
    const input = encodeURIComponent(JSON.stringify({ localityCode: 'NE', pageSize: 5000 }));
    const response = await fetch(`${base}/trainee.list?input=${input}`, { headers: { cookie: session } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.data).toEqual({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      path: 'trainee.list',
      fieldErrors: { pageSize: ['At most 200 rows per page.'] },
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:/);
    const anonymous = await fetch(
      `${base}/trainee.list?input=${encodeURIComponent(JSON.stringify({ localityCode: 'NE' }))}`,
    );
    expect(anonymous.status).toBe(401);
  });
});
