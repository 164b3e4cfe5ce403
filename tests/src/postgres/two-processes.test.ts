/**
 * Two server processes on one PostgreSQL database, as behind a load balancer (issue 18): an import
 * committed through one is what the other shows at once (both read the data version and the stored
 * measures from the database), its progress is readable through the other, and sign-in throttling
 * counts the attempts made through both.
 */
import { currentDataVersion } from '@ldm/db';
import { testDatabaseForSuite } from '@ldm/db/testing';
import { hashPassword } from '@ldm/server/auth/password';
import { academyLeadNE, placementsCsv, seedReferenceRows } from '@ldm/server/testing/imports';
import { type ServerProcess, startServerProcess, stopServerProcess } from '@ldm/server/testing/server-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const onPostgres = Boolean(process.env.DATABASE_URL);
const PASSWORD = 'correct horse battery staple';

const signIn = (base: string, email: string, password: string) =>
  fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

async function cookieFor(base: string): Promise<string> {
  const response = await signIn(base, academyLeadNE.email, PASSWORD);
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

async function localityDashboard(base: string, cookie: string) {
  const input = encodeURIComponent(JSON.stringify({ localityCode: 'NE', period: '2024-25' }));
  const response = await fetch(`${base}/trpc/measure.locality?input=${input}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (
    (await response.json()) as { result: { data: { dataVersion: number; updating: boolean; traineesInPost: number } } }
  ).result.data;
}

describe.skipIf(!onPostgres)('two server processes on one PostgreSQL (skipped on SQLite)', () => {
  const test = testDatabaseForSuite();
  let servers: ServerProcess[] = [];
  let first: string;
  let second: string;

  beforeAll(async () => {
    await seedReferenceRows(test.db);
    await test.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(PASSWORD) })
      .where('email', '=', academyLeadNE.email)
      .execute();
    if (test.config.kind !== 'postgres') throw new Error('PostgreSQL only');
    const url = test.config.url;
    servers = await Promise.all([startServerProcess({ DATABASE_URL: url }), startServerProcess({ DATABASE_URL: url })]);
    [first, second] = servers.map((server) => server.base) as [string, string];
  });
  afterAll(async () => {
    await Promise.all(servers.map(stopServerProcess));
  });

  it('shows an import committed through one process, and its progress, through the other at once', async () => {
    const [cookieA, cookieB] = [await cookieFor(first), await cookieFor(second)];
    expect((await localityDashboard(second, cookieB)).traineesInPost).toBe(0);
    const form = new FormData();
    form.append('file', new Blob([placementsCsv(40)]), 'placements.csv');
    const upload = await fetch(`${first}/api/imports/upload`, {
      method: 'POST',
      headers: { cookie: cookieA },
      body: form,
    });
    expect(upload.status).toBe(201);
    const { uploadId } = (await upload.json()) as { uploadId: string };
    const commit = await fetch(`${first}/trpc/import.commit`, {
      method: 'POST',
      headers: { cookie: cookieA, 'content-type': 'application/json' },
      body: JSON.stringify({ uploadId, kind: 'placements', localityCode: 'NE' }),
    });
    expect(commit.status).toBe(200);
    // The import's progress is readable through the other process too: here its final figures.
    const progressInput = encodeURIComponent(JSON.stringify({ uploadId, localityCode: 'NE' }));
    const progress = await fetch(`${second}/trpc/import.progress?input=${progressInput}`, {
      headers: { cookie: cookieB },
    });
    expect(progress.status).toBe(200);
    const csvBytes = Buffer.byteLength(placementsCsv(40));
    expect(((await progress.json()) as { result: { data: unknown } }).result.data).toEqual({
      phase: 'apply',
      rowsRead: 40,
      bytesRead: csvBytes,
      totalBytes: csvBytes,
    });
    let shown = await localityDashboard(second, cookieB);
    // The other process answers at once: with the new figures, or — while it is still computing them —
    // with the previous version's, marked `updating` and never as current; asked again, with the new ones.
    for (let asked = 1; shown.updating && asked < 50; asked++) {
      expect(shown.traineesInPost).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      shown = await localityDashboard(second, cookieB);
    }
    // The fixture's 40 placements belong to two trainees at an NE organisation, in post all 2024-25.
    expect(shown).toMatchObject({ updating: false, traineesInPost: 2 });
    expect(shown.dataVersion).toBe(await currentDataVersion(test.db));
  });

  it('counts sign-in attempts made through both processes against one limit', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await signIn(attempt % 2 ? second : first, 'nobody@example.org', 'wrong password');
      statuses.push(response.status);
    }
    // Five attempts per account per window (DEFAULT_SIGN_IN_LIMITS), wherever they arrive.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
