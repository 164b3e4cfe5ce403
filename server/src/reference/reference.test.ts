import { bumpDataVersion, sqliteHandleOf } from '@ldm/db';
import { placementRow, seedRows, testDatabaseForSuite, traineeRow } from '@ldm/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { callAs } from '../testing/call-as';
import { addTestUsers } from '../testing/users';
import { placementSpanQuery, selectPlacementSpan } from './queries';

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

  it('finds the span from the earliest start and the latest end, by index lookups', async () => {
    await seedRows(t.db, {
      organisations: [{ code: 'R2', name: 'T', type: 'trust', locality_code: 'NW' }],
      trainees: [traineeRow('3000001'), traineeRow('3000002')],
      placements: [
        // The earliest start ends early; the latest end is not the latest start's.
        placementRow('3000001', 'R2', 'F1', { placement_id: 'A', start_date: '2021-09-01', end_date: '2022-01-31' }),
        placementRow('3000002', 'R2', 'F2', { placement_id: 'B', start_date: '2026-02-01', end_date: '2026-08-01' }),
        placementRow('3000002', 'R2', 'F2', { placement_id: 'C', start_date: '2025-01-01', end_date: '2027-05-01' }),
      ],
    });
    expect(await selectPlacementSpan(t.db)).toEqual({ first: '2021-09-01', last: '2027-05-01' });
    const sqlite = sqliteHandleOf(t.db);
    if (!sqlite) return; // PostgreSQL plans its own way; the figures above are what matters there.
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${placementSpanQuery(t.db).compile().sql}`).all() as {
      detail: string;
    }[];
    // A scan of every placement held the request thread for half a second on a national data set.
    expect(plan.map((step) => step.detail).filter((detail) => detail.startsWith('SCAN placements'))).toEqual([]);
  });
});
