import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,db,server,client,tests}/src/**/*.test.{ts,tsx}'],
    // Database tests build real SQLite files; browser tests start a real server.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
