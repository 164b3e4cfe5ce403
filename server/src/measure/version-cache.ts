/**
 * Memoises computations per database handle and data version. Any import or edit bumps the data
 * version, so an entry can never be stale; entries of older versions are dropped on first sight
 * of a newer one. Promises are stored, so concurrent callers share one computation. One cache
 * holds every kind of entry; the key says which (e.g. `figures/2024-25`).
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

interface Slot {
  version: number;
  entries: Map<string, Promise<unknown>>;
}

export interface VersionCache {
  get<T>(db: Kysely<Database>, version: number, key: string, compute: () => Promise<T>): Promise<T>;
  has(db: Kysely<Database>, version: number, key: string): boolean;
}

/** `limit` bounds the entries kept per handle (least recently used go first). */
export function createVersionCache(limit: number): VersionCache {
  const slots = new WeakMap<Kysely<Database>, Slot>();
  return {
    has(db, version, key) {
      const slot = slots.get(db);
      return slot !== undefined && slot.version === version && slot.entries.has(key);
    },
    get<T>(db: Kysely<Database>, version: number, key: string, compute: () => Promise<T>): Promise<T> {
      let slot = slots.get(db);
      if (!slot || slot.version !== version) slots.set(db, (slot = { version, entries: new Map() }));
      const entries = slot.entries;
      const hit = entries.get(key) as Promise<T> | undefined;
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const pending = compute();
      entries.set(key, pending);
      pending.catch(() => entries.delete(key));
      while (entries.size > limit) entries.delete(entries.keys().next().value!);
      return pending;
    },
  };
}
