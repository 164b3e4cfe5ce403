/** Starts the dashboard server on the configured database (PORT, default 3000). */
import { databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import { ensureDemoData } from './demo/ensure-demo-data';
import { createApp } from './http/app';

const config = databaseConfigFromEnv();
const db = openDatabase(config);
await migrateToLatest(db);
await ensureDemoData(db, config);
const port = Number(process.env.PORT ?? 3000);
createApp(db).listen(port, () => {
  console.error(
    `Leadership Development Monitor on http://localhost:${port} (${config.kind === 'sqlite' ? config.path : 'PostgreSQL'})`,
  );
});
