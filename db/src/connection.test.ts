/**
 * SQLite statements are kept by SQL text and reused (connection.ts): each reuse binds its own
 * parameters, a streamed read and a failed write leave the statement fit for the next query.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing';

describe.skipIf(Boolean(process.env.DATABASE_URL))('queries through kept SQLite statements', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrate: false });
    await sql`create table kept (id integer primary key, name text not null unique)`.execute(t.db);
    await t.db
      .withTables<{ kept: { id: number; name: string } }>()
      .insertInto('kept')
      .values([
        { id: 1, name: 'one' },
        { id: 2, name: 'two' },
        { id: 3, name: 'three' },
      ])
      .execute();
  });
  afterAll(() => t.destroy());

  const kept = () => t.db.withTables<{ kept: { id: number; name: string } }>();
  const nameOf = (id: number) => kept().selectFrom('kept').select('name').where('id', '=', id).executeTakeFirst();

  it('binds each run its own parameters', async () => {
    expect(await nameOf(1)).toEqual({ name: 'one' });
    expect(await nameOf(3)).toEqual({ name: 'three' });
    expect(await nameOf(4)).toBeUndefined();
  });

  it('reads the same query again after streaming it, and after a write of the same text failed', async () => {
    const all = kept().selectFrom('kept').select('id').orderBy('id');
    const streamed: number[] = [];
    for await (const row of all.stream()) streamed.push(row.id);
    expect(streamed).toEqual([1, 2, 3]);
    expect((await all.execute()).map((row) => row.id)).toEqual([1, 2, 3]);
    const insert = (id: number, name: string) => kept().insertInto('kept').values({ id, name }).execute();
    await expect(insert(4, 'one')).rejects.toThrow();
    await insert(4, 'four');
    expect(await nameOf(4)).toEqual({ name: 'four' });
  });
});
