/** The import page's path: HTTP upload with the session cookie, then the tRPC procedures via createCaller. */

import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testDatabaseForEachTest } from '@ldm/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../auth/session';
import { createContext, type SessionUser } from '../context';
import { createApp, SESSION_COOKIE } from '../http/app';
import { appRouter } from '../router';
import { addTestUsers } from '../testing/users';
import { createCallerFactory } from '../trpc';

const test = testDatabaseForEachTest();
let server: Server;
let baseUrl: string;
let users: Awaited<ReturnType<typeof addTestUsers>>;
const callerFor = (user: SessionUser | null) => createCallerFactory(appRouter)(createContext({ db: test.db, user }));

beforeEach(async () => {
  users = await addTestUsers(test.db);
  await test.db
    .insertInto('organisations')
    .values({ code: 'RWA', name: 'Hull', type: 'trust', locality_code: 'YH' })
    .execute();
  server = createApp(test.db).listen(0);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function upload(user: SessionUser | null, text: string, fileName = 'organisations.csv') {
  const body = new FormData();
  body.append('file', new Blob([text], { type: 'text/csv' }), fileName);
  const headers: Record<string, string> = {};
  if (user) headers.cookie = `${SESSION_COOKIE}=${(await createSession(test.db, user.id)).token}`;
  const response = await fetch(`${baseUrl}/api/imports/upload`, { method: 'POST', body, headers });
  return {
    status: response.status,
    body: (await response.json()) as { uploadId?: string; error?: string; size?: number },
  };
}

async function downloadFile(user: SessionUser | null, importId: number) {
  const headers: Record<string, string> = {};
  if (user) headers.cookie = `${SESSION_COOKIE}=${(await createSession(test.db, user.id)).token}`;
  const response = await fetch(`${baseUrl}/api/imports/${importId}/file`, { headers });
  return { status: response.status, text: await response.text() };
}

const GOOD = 'code,name,type,locality\nRX1,Northumbria,trust,NE\nRX2,Gateshead,trust,NE\n';

describe('upload route', () => {
  it('accepts a signed-in locality user and refuses anonymous callers and the national role', async () => {
    const accepted = await upload(users.lead, GOOD);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ fileName: 'organisations.csv', size: Buffer.byteLength(GOOD) });
    expect(accepted.body.uploadId).toMatch(/^[0-9a-f]{32}$/);
    expect(await upload(null, GOOD)).toEqual({ status: 401, body: { error: 'Please sign in.' } });
    expect(await upload(users.national, GOOD)).toEqual({
      status: 403,
      body: { error: 'The national role cannot import data.' },
    });
  });
});

describe('import procedures', () => {
  it('validates without writing, then commits, and lists the import with its counts', async () => {
    const { uploadId } = (await upload(users.lead, GOOD)).body;
    const lead = callerFor(users.lead);
    const input = { localityCode: 'NE' as const, uploadId: uploadId!, kind: 'organisations' as const };
    const dryRun = await lead.import.validate(input);
    expect(dryRun).toMatchObject({
      status: 'applied',
      importId: null,
      counts: { inserted: 2, updated: 0, unchanged: 0, rejected: 0 },
    });
    expect(await lead.import.progress({ localityCode: 'NE', uploadId: uploadId! })).toMatchObject({
      phase: 'apply',
      rowsRead: 2,
    });
    expect((await test.db.selectFrom('organisations').select('code').execute()).length).toBe(1);
    const committed = await lead.import.commit(input);
    expect(committed.counts.inserted).toBe(2);
    expect((await test.db.selectFrom('organisations').select('code').execute()).length).toBe(3);
    // The original file is kept, for the locality's users and administrators only.
    expect(await downloadFile(users.dean, committed.importId!)).toEqual({ status: 200, text: GOOD });
    expect(await downloadFile(users.admin, committed.importId!)).toEqual({ status: 200, text: GOOD });
    expect((await downloadFile(users.national, committed.importId!)).status).toBe(404);
    expect((await downloadFile(null, committed.importId!)).status).toBe(401);
    const stored = await test.db.selectFrom('import_files').select('checksum').executeTakeFirstOrThrow();
    expect(stored.checksum).toBe(createHash('sha256').update(GOOD).digest('hex'));
    // The upload is consumed by the commit.
    await expect(lead.import.commit(input)).rejects.toThrow('That upload was not found');
    const history = await lead.import.history({ localityCode: 'NE' });
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'organisations',
        file_name: 'organisations.csv',
        status: 'applied',
        inserted: 2,
        user_name: 'lead.ne',
      }),
    ]);
  });

  it('keeps a rejected import’s problems, scoped to the user’s locality, and hides others’ uploads and imports', async () => {
    const { uploadId } = (await upload(users.lead, 'code,name,type,locality\nRWA,Hull,trust,YH\n')).body;
    const lead = callerFor(users.lead);
    const result = await lead.import.commit({ localityCode: 'NE', uploadId: uploadId!, kind: 'organisations' });
    expect(result.status).toBe('rejected');
    expect(await lead.import.problems({ localityCode: 'NE', importId: result.importId! })).toEqual([
      { row: 2, column: 'locality', value: 'YH', reason: 'outside your locality (YH)' },
    ]);
    const other = await upload(users.dean, GOOD);
    await expect(
      lead.import.validate({ localityCode: 'NE', uploadId: other.body.uploadId!, kind: 'organisations' }),
    ).rejects.toThrow('That upload was not found');
    const admin = callerFor(users.admin);
    expect(await admin.import.history({ localityCode: 'YH', kind: 'organisations' })).toHaveLength(1);
    expect(await admin.import.history({ localityCode: 'YH', kind: 'trainees' })).toEqual([]);
  });

  it('refuses the national role and another locality', async () => {
    await expect(callerFor(users.national).import.history({ localityCode: 'NE' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(callerFor(users.lead).import.history({ localityCode: 'YH' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
