/** Starts the dashboard server on the configured database (PORT, default 3000; TRUST_PROXY, LOG_LEVEL). */
import { databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import { ensureDemoData } from './demo/ensure-demo-data';
import { startEventLoopDelayMonitor } from './health/event-loop-delay';
import { createApp } from './http/app';
import { listen } from './http/listen';
import { attachImportWorkers } from './import/import-workers';
import { createLogger } from './logging/logger';
import { attachMeasureWorkers } from './measure/measure-workers';
import { startMeasureRecompute } from './measure/recompute-job';
import { runHelperThreadsInBackground } from './worker-threads/thread-priority.mjs';

const logger = createLogger();
// A stop signal ends the process through exit, so exit hooks run (e.g. `node --cpu-prof` writes its profile).
process.once('SIGTERM', () => process.exit(0));
startEventLoopDelayMonitor();
// Before any worker starts: the request thread alone keeps its priority (thread-priority.mjs).
runHelperThreadsInBackground();
const config = databaseConfigFromEnv();
// The request thread waits at most 100 ms for SQLite's write lock (held throughout a long import, in
// its worker): better-sqlite3 waits synchronously, which would stall every request. For the same
// reason it leaves the write-ahead log's checkpoints to the workers (see OpenOptions).
const db = openDatabase(config, { busyTimeoutMs: 100, checkpoints: false });
await migrateToLatest(db);
await ensureDemoData(db, config);
// Measures are computed in a worker thread and stored per data version, never on a request.
attachMeasureWorkers(db, config);
// Imports of uploaded files are validated and applied in a worker thread, on its own connection.
attachImportWorkers(db, config);
startMeasureRecompute(db);
const port = Number(process.env.PORT ?? 3000);
listen(createApp(db, { logger, trustProxy: process.env.TRUST_PROXY || undefined }), port, () => {
  logger.info(
    { port, database: config.kind === 'sqlite' ? config.path : 'PostgreSQL' },
    `Leadership Development Monitor on http://localhost:${port}`,
  );
});
