import { bumpDataVersion } from '@ldm/db';
import { createTestDatabase, type TestDatabase, traineeRow } from '@ldm/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { callAs } from '../testing/call-as';
import { addTestUsers } from '../testing/users';

describe('reference lists', () => {
  let t: TestDatabase;
  let dean: SessionUser;
  beforeAll(async () => {
    t = await createTestDatabase();
    dean = (await addTestUsers(t.db)).dean;
  });
  afterAll(() => t.destroy());

  it('lists the 13 localities and the periods the placements cover', async () => {
    const caller = callAs(t.db, dean);
    expect((await caller.reference.lists()).periods).toEqual([]);
    await t.db
      .insertInto('organisations')
      .values({ code: 'R1', name: 'T', type: 'trust', locality_code: 'NE' })
      .execute();
    await t.db.insertInto('trainees').values(traineeRow('3000000')).execute();
    await t.db
      .insertInto('placements')
      .values({
        placement_id: 'X',
        gmc_number: '3000000',
        organisation_code: 'R1',
        programme_code: null,
        grade: 'F1',
        specialty: null,
        start_date: '2023-08-02',
        end_date: '2024-08-06',
        wte: 1,
      })
      .execute();
    // Periods are cached per data version: a change that bumps it is seen.
    await bumpDataVersion(t.db, 'test');
    const lists = await caller.reference.lists();
    expect(lists.localities.map((l) => l.code)).toHaveLength(13);
    expect(lists.periods).toEqual(['2024-25', '2023-24']);
    expect(lists.principles).toHaveLength(24);
  });
});
