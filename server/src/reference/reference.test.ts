import { bumpDataVersion } from '@ldm/db';
import { placementRow, seedRows, testDatabaseForSuite, traineeRow } from '@ldm/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { callAs } from '../testing/call-as';
import { addTestUsers } from '../testing/users';

describe('reference lists', () => {
  const t = testDatabaseForSuite();
  let dean: SessionUser;
  beforeAll(async () => {
    dean = (await addTestUsers(t.db)).dean;
  });

  it('lists the 13 localities and the periods the placements cover', async () => {
    const caller = callAs(t.db, dean);
    expect((await caller.reference.lists()).periods).toEqual([]);
    await seedRows(t.db, {
      organisations: [{ code: 'R1', name: 'T', type: 'trust', locality_code: 'NE' }],
      trainees: [traineeRow('3000000')],
      placements: [placementRow('3000000', 'R1', 'F1', { start_date: '2023-08-02', end_date: '2024-08-06' })],
    });
    // Periods are cached per data version: a change that bumps it is seen.
    await bumpDataVersion(t.db, 'test');
    const lists = await caller.reference.lists();
    expect(lists.localities.map((l) => l.code)).toHaveLength(13);
    expect(lists.periods).toEqual(['2024-25', '2023-24']);
    expect(lists.principles).toHaveLength(24);
  });
});
