/**
 * The version cache keeps the entries of the two newest data versions (the current one and the
 * one a dashboard view answers from meanwhile), computes each entry once, and drops older ones.
 */
import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createVersionCache } from './version-cache';

// The cache only uses a handle as a key.
const handle = () => ({}) as Kysely<Database>;

describe('version cache', () => {
  it('computes an entry once per version and shares it', async () => {
    const cache = createVersionCache(10);
    const db = handle();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await Promise.all([cache.get(db, 1, 'k', compute), cache.get(db, 1, 'k', compute)])).toEqual([1, 1]);
    expect(await cache.get(db, 2, 'k', compute)).toBe(2);
    expect(computed).toBe(2);
  });

  it("keeps an earlier version's entries beside the current one's, and drops a third older one", async () => {
    const cache = createVersionCache(10);
    const db = handle();
    await cache.get(db, 1, 'k', async () => 'one');
    await cache.get(db, 2, 'k', async () => 'two');
    // Version 1 is still kept: a view answered from it while version 2 is computed reads no store.
    expect(cache.has(db, 1, 'k')).toBe(true);
    expect(await cache.get(db, 1, 'k', async () => 'again')).toBe('one');
    await cache.get(db, 3, 'k', async () => 'three');
    expect([cache.has(db, 1, 'k'), cache.has(db, 2, 'k'), cache.has(db, 3, 'k')]).toEqual([false, true, true]);
    // Older than both kept versions: computed each time, not kept.
    expect(await cache.get(db, 1, 'k', async () => 'uncached')).toBe('uncached');
    expect(cache.has(db, 1, 'k')).toBe(false);
  });

  it('drops a failed computation so the next caller tries again', async () => {
    const cache = createVersionCache(10);
    const db = handle();
    await expect(cache.get(db, 1, 'k', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await cache.get(db, 1, 'k', async () => 'yes')).toBe('yes');
  });

  it('shares a failure for `keepFailureMs` when asked to, then tries again', async () => {
    const cache = createVersionCache(10);
    const db = handle();
    let tries = 0;
    const failing = async () => Promise.reject(new Error(`no ${++tries}`));
    await expect(cache.get(db, 1, 'k', failing, 50)).rejects.toThrow('no 1');
    await expect(cache.get(db, 1, 'k', failing, 50)).rejects.toThrow('no 1');
    expect(tries).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await cache.get(db, 1, 'k', async () => 'yes')).toBe('yes');
  });

  it('keeps at most `limit` entries per version, least recently used going first', async () => {
    const cache = createVersionCache(2);
    const db = handle();
    await cache.get(db, 1, 'a', async () => 'a');
    await cache.get(db, 1, 'b', async () => 'b');
    await cache.get(db, 1, 'a', async () => 'a again');
    await cache.get(db, 1, 'c', async () => 'c');
    expect([cache.has(db, 1, 'a'), cache.has(db, 1, 'b'), cache.has(db, 1, 'c')]).toEqual([true, false, true]);
  });
});
