/**
 * Memoises computations per database handle and data version. Any import or edit bumps the data
 * version, so an entry can never be stale. The entries of the two newest versions seen are kept:
 * the current one, and the earlier one a dashboard view is answered from while the current one is
 * computed (dashboard-view.ts); older ones are dropped. Promises are stored, so concurrent callers
 * share one computation. One cache holds every kind of entry; the key says which (e.g.
 * `figures/2024-25`).
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

const VERSIONS_KEPT = 2;

interface Slot {
  version: number;
  entries: Map<string, Promise<unknown>>;
}

export interface VersionCache {
  /**
   * The entry's value, computed once by `compute`. A failure is dropped at once, so the next caller
   * tries again, or after `keepFailureMs`: callers meanwhile share it instead of each trying again.
   */
  get<T>(
    db: Kysely<Database>,
    version: number,
    key: string,
    compute: () => Promise<T>,
    keepFailureMs?: number,
  ): Promise<T>;
  has(db: Kysely<Database>, version: number, key: string): boolean;
}

/** `limit` bounds the entries kept per handle and version (least recently used go first). */
export function createVersionCache(limit: number): VersionCache {
  /** Per handle, the kept versions' slots, newest first. */
  const slots = new WeakMap<Kysely<Database>, Slot[]>();
  const slotOf = (db: Kysely<Database>, version: number) => slots.get(db)?.find((s) => s.version === version);
  return {
    has(db, version, key) {
      return slotOf(db, version)?.entries.has(key) ?? false;
    },
    get<T>(db: Kysely<Database>, version: number, key: string, compute: () => Promise<T>, keepFailureMs = 0) {
      let slot = slotOf(db, version);
      if (!slot) {
        const kept = slots.get(db) ?? [];
        // Older than every kept version: computed, not kept.
        if (kept.length === VERSIONS_KEPT && version < kept.at(-1)!.version) return compute();
        slot = { version, entries: new Map() };
        slots.set(db, [...kept, slot].sort((a, b) => b.version - a.version).slice(0, VERSIONS_KEPT));
      }
      const entries = slot.entries;
      const hit = entries.get(key) as Promise<T> | undefined;
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const pending = compute();
      entries.set(key, pending);
      const drop = () => {
        if (entries.get(key) === pending) entries.delete(key);
      };
      pending.catch(() => (keepFailureMs > 0 ? setTimeout(drop, keepFailureMs).unref() : drop()));
      while (entries.size > limit) entries.delete(entries.keys().next().value!);
      return pending;
    },
  };
}
