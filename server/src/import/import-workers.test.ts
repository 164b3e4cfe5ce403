/**
 * A dashboard commit runs in the import worker (issue 18): while 50,000 placements are validated
 * and applied, the server's event loop keeps answering. On the request thread the same commit
 * blocks the loop for whole batches and for the final COMMIT. The test measures the request
 * thread's utilisation during the commit (the share of time it was busy running JavaScript or I/O
 * callbacks), which a busy machine does not inflate: the operating system keeping the process off
 * a core while it waits counts as idle. Its longest delay is bounded loosely, since on a loaded
 * machine scheduling alone can delay a timer by a few hundred milliseconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { testDatabaseForSuite, traineeRow } from '@ldm/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { addTestUsers } from '../testing/users';
import { attachImportWorkers } from './import-workers';
import { commitUpload, readUploadProgress, validateUpload } from './upload-service';
import { registerUpload } from './uploads';

const PLACEMENTS = 50_000;
const TRAINEES = 1_000;
const gmc = (i: number) => String(7_100_000 + i);

describe('imports in a worker thread', () => {
  const t = testDatabaseForSuite();
  let lead: SessionUser;
  let stop: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    lead = (await addTestUsers(t.db)).lead;
    await t.db
      .insertInto('organisations')
      .values({ code: 'NE1', name: 'NE Trust', type: 'trust', locality_code: 'NE' })
      .execute();
    for (let first = 0; first < TRAINEES; first += 500) {
      await t.db
        .insertInto('trainees')
        .values(Array.from({ length: 500 }, (_, i) => traineeRow(gmc(first + i))))
        .execute();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-import-worker-'));
    stop = attachImportWorkers(t.db, t.config);
  });
  afterAll(async () => {
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks, then commits 50,000 placements while the event loop stays responsive, relaying progress', async () => {
    const file = path.join(dir, 'placements.csv');
    const lines = ['placement_id,gmc_number,organisation_code,grade,start_date,end_date,wte'];
    for (let i = 0; i < PLACEMENTS; i++) lines.push(`W${i},${gmc(i % TRAINEES)},NE1,F1,2024-08-07,2025-08-05,1`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const upload = await registerUpload(t.db, { path: file, fileName: 'placements.csv', size: 0 }, lead);

    // The check starts the worker thread (which loads its modules) and counts the rows as new.
    const check = await validateUpload(t.db, lead, upload.id, 'placements');
    expect(check.counts).toMatchObject({ inserted: PLACEMENTS, updated: 0, unchanged: 0 });
    expect(await t.db.selectFrom('placements').select('placement_id').executeTakeFirst()).toBeUndefined();

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const utilisationBefore = performance.eventLoopUtilization();
    const result = await commitUpload(t.db, lead, upload.id, 'placements');
    const utilisation = performance.eventLoopUtilization(utilisationBefore);
    delay.disable();

    expect(result.status).toBe('applied');
    expect(result.counts).toMatchObject({ inserted: PLACEMENTS, updated: 0, unchanged: 0 });
    const stored = await t.db
      .selectFrom('placements')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(Number(stored!.n)).toBe(PLACEMENTS);
    expect(await readUploadProgress(t.db, lead, upload.id)).toMatchObject({ phase: 'apply', rowsRead: PLACEMENTS });
    // On the request thread the same commit keeps the loop busy nearly all the time (utilisation
    // close to 1, longest delay above a second for 50,000 rows).
    expect(utilisation.utilization).toBeLessThan(0.5);
    // The histogram is in nanoseconds.
    expect(delay.max / 1e6).toBeLessThan(500);
  }, 180_000);
});
