/**
 * The HTTP doors, tried as an attacker would against a running server: batched sign-in,
 * oversized batches, forged X-Forwarded-For, cross-site posts, form-posted sign-out, missing
 * headers, and what the logs keep (request ids, stacks, never passwords).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase } from '@ldm/db/testing';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession } from '../auth/session';
import { createLogger } from '../logging/logger';
import { databaseWithUsers } from '../testing/database-with-users';
import { addTestUsers, TEST_PASSWORD } from '../testing/users';
import { type AppOptions, createApp, SESSION_COOKIE } from './app';

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  err?: { stack: string; message: string };
  [key: string]: unknown;
}

const suite = databaseWithUsers();
const servers: Server[] = [];

/** A server on port 0 whose log lines are collected in `lines` (and their raw text in `raw`). */
async function start(options: Omit<AppOptions, 'logger'> = {}) {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const logger = createLogger({
    write: (line: string) => {
      raw.push(line);
      lines.push(JSON.parse(line));
    },
  });
  const server = createApp(suite.db, { ...options, logger }).listen(0);
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, lines, raw };
}

const json = { 'content-type': 'application/json' };
const wrong = (i: number) => ({ email: 'admin@example.org', password: `wrong ${i}` });
const sessionCookie = async (userId: number) => `${SESSION_COOKIE}=${(await createSession(suite.db, userId)).token}`;

afterAll(() => {
  for (const server of servers) server.close();
});
beforeEach(() => suite.db.deleteFrom('sign_in_attempts').execute());

describe('sign-in cannot be batched; batches are small', () => {
  it('refuses 39 wrong passwords and the right one in one batch, counting none of them', async () => {
    const { base } = await start();
    const calls = [
      ...Array.from({ length: 39 }, (_, i) => wrong(i)),
      { email: 'admin@example.org', password: TEST_PASSWORD },
    ];
    const path = Array(calls.length).fill('auth.signIn').join(',');
    const body = JSON.stringify(Object.fromEntries(calls.map((input, i) => [i, input])));
    const response = await fetch(`${base}/trpc/${path}?batch=1`, { method: 'POST', headers: json, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
    // Even a batch of the two allowed sizes is refused for sign-in.
    const pair = await fetch(`${base}/trpc/auth.signIn,auth.me?batch=1`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ 0: { email: 'admin@example.org', password: TEST_PASSWORD } }),
    });
    expect(pair.status).toBe(400);
    expect(pair.headers.get('set-cookie')).toBeNull();
    expect(await suite.db.selectFrom('sign_in_attempts').selectAll().execute()).toEqual([]);
  });

  it('answers a batch of 10 and refuses a batch of 11 with 400', async () => {
    const { base } = await start();
    const batch = (n: number) => fetch(`${base}/trpc/${Array(n).fill('auth.me').join(',')}?batch=1&input={}`);
    expect((await batch(10)).status).toBe(200);
    expect((await batch(11)).status).toBe(400);
  });

  it('signs in alone, over plain HTTP, as before', async () => {
    const { base } = await start();
    const response = await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'admin@example.org', password: TEST_PASSWORD }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^ldm_session=/);
  });
});

describe('X-Forwarded-For is believed only from the proxy TRUST_PROXY names', () => {
  const failFrom = (base: string, forwardedFor: string) =>
    fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { ...json, 'x-forwarded-for': forwardedFor },
      body: JSON.stringify(wrong(0)),
    });
  const addressKeys = async () =>
    (await suite.db.selectFrom('sign_in_attempts').select('key').where('key', 'like', 'address:%').execute()).map(
      (r) => r.key,
    );

  it('without TRUST_PROXY, counts the connecting address whatever the header says', async () => {
    const { base } = await start();
    await failFrom(base, '203.0.113.1');
    await failFrom(base, '203.0.113.2');
    const keys = await addressKeys();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^address:(::ffff:)?127\.0\.0\.1$/);
    expect(
      await suite.db.selectFrom('sign_in_attempts').select('attempts').where('key', '=', keys[0]!).execute(),
    ).toEqual([{ attempts: 2 }]);
  });

  it('with TRUST_PROXY=loopback, counts the address the local proxy forwarded', async () => {
    const { base } = await start({ trustProxy: 'loopback' });
    await failFrom(base, '203.0.113.1');
    await failFrom(base, '203.0.113.2');
    expect((await addressKeys()).sort()).toEqual(['address:203.0.113.1', 'address:203.0.113.2']);
  });
});

describe('cross-site refusal', () => {
  const offer = {
    localityCode: 'NE',
    offer: { code: 'X1', title: 'T', provider: 'P', scope: 'NE', tier: 1, stages: ['foundation'] },
  };

  it('refuses a mutation from a foreign Origin, a null Origin or Sec-Fetch-Site: cross-site with 403', async () => {
    const { base, lines } = await start();
    const cookie = await sessionCookie(suite.users.dean.id);
    const post = (headers: Record<string, string>) =>
      fetch(`${base}/trpc/offer.create`, {
        method: 'POST',
        headers: { ...json, cookie, ...headers },
        body: JSON.stringify(offer),
      });
    const attacks: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attacks) {
      expect((await post(headers)).status).toBe(403);
    }
    expect(await suite.db.selectFrom('offers').select('code').where('code', '=', 'X1').execute()).toEqual([]);
    expect(lines.filter((l) => l.msg === 'cross-site request refused')).toHaveLength(3);
    // The dashboard's own page is let through.
    const own = await post({ origin: base, 'sec-fetch-site': 'same-origin' });
    expect(own.status, await own.text()).toBe(200);
  });

  it('refuses an upload from a foreign Origin before reading the file', async () => {
    const { base } = await start();
    const body = new FormData();
    body.append('file', new Blob(['code,name,type,locality\n'], { type: 'text/csv' }), 'organisations.csv');
    const cookie = await sessionCookie(suite.users.dean.id);
    const foreign = await fetch(`${base}/api/imports/upload`, {
      method: 'POST',
      body,
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${base}/api/imports/upload`, { method: 'POST', body, headers: { cookie, origin: base } });
    expect(own.status).toBe(201);
  });

  it('signs out only by the JSON mutation: a form post leaves the session alone', async () => {
    const { base } = await start();
    const cookie = await sessionCookie(suite.users.dean.id);
    const me = async () =>
      (await (await fetch(`${base}/trpc/auth.me`, { headers: { cookie } })).json()).result.data?.email ?? null;
    for (const form of [new FormData(), new URLSearchParams(), 'x']) {
      const response = await fetch(`${base}/trpc/auth.signOut`, { method: 'POST', headers: { cookie }, body: form });
      expect(response.status).toBe(415);
    }
    expect(await me()).toBe('dean.ne@example.org');
    await fetch(`${base}/trpc/auth.signOut`, { method: 'POST', headers: { ...json, cookie } });
    expect(await me()).toBeNull();
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy, nosniff, no framing and no referrer on every answer', async () => {
    const { base } = await start();
    for (const response of [
      await fetch(`${base}/trpc/auth.me`),
      await fetch(`${base}/trpc/auth.signOut`, { method: 'POST', headers: json }),
    ]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'frame-ancestors': "'none'",
        'object-src': "'none'",
      });
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('logs', () => {
  it('puts the request id on every line of a request and in its X-Request-Id header', async () => {
    const { base, lines } = await start();
    const response = await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(wrong(1)),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(() => expect(lines.some((l) => l.msg === 'request')).toBe(true));
    const own = lines.filter((l) => l.requestId === requestId).map((l) => l.msg);
    expect(own).toEqual(['sign-in refused', 'call refused', 'request']);
    expect(lines.every((l) => typeof l.requestId === 'string')).toBe(true);
  });

  it('logs a sign-in failure with the email and address but never the password', async () => {
    const { base, lines, raw } = await start();
    await fetch(`${base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'admin@example.org', password: 'hunter2-secret' }),
    });
    const refused = lines.find((l) => l.msg === 'sign-in refused');
    expect(refused).toMatchObject({ email: 'admin@example.org', code: 'UNAUTHORIZED' });
    expect(raw.join('')).not.toContain('hunter2-secret');
  });

  it('logs an internal error with its stack and sends the client only a plain sentence', async () => {
    const scratch = await createTestDatabase();
    try {
      const scratchUsers = await addTestUsers(scratch.db);
      // A missing table stands for any unexpected failure below a procedure.
      await scratch.db.schema.alterTable('offers').renameTo('offers_gone').execute();
      const lines: LogLine[] = [];
      const server = createApp(scratch.db, {
        logger: createLogger({ write: (line: string) => void lines.push(JSON.parse(line)) }),
      }).listen(0);
      servers.push(server);
      await new Promise((resolve) => server.once('listening', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const cookie = `${SESSION_COOKIE}=${(await createSession(scratch.db, scratchUsers.dean.id)).token}`;
      const input = encodeURIComponent(JSON.stringify({ localityCode: 'NE' }));
      const response = await fetch(`${base}/trpc/offer.list?input=${input}`, { headers: { cookie } });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text).error.message).toBe('Something went wrong on the server. Please try again.');
      expect(text).not.toMatch(/offers|stack|\.ts:\d/);
      const logged = lines.find((l) => l.msg === 'internal error');
      expect(logged?.requestId).toBe(response.headers.get('x-request-id'));
      expect(logged?.err?.stack).toMatch(/offers[\s\S]*\n\s+at /);
    } finally {
      await scratch.destroy();
    }
  });
});
