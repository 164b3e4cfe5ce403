import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,db,server,client,tests}/src/**/*.test.{ts,tsx}'],
    // Database tests build real SQLite files; browser tests start a real server.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One file per core: a file spends much of its time waiting (on its database, a spawned
    // server, Chromium), so vitest's default of cores − 1 left one of CI's two cores idle — the
    // files ran one at a time and the suite used about one core in all.
    maxWorkers: availableParallelism(),
  },
});
