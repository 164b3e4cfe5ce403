/** `pnpm cli demo [--trainees N] [--seed S]` (PRODUCT.md §9): rebuilds the database with the demo data set. */

import { databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import { DEFAULT_DEMO_SEED, DEFAULT_DEMO_TRAINEES } from '@ldm/db/demo/generate-demo-data';
import { type Command, InvalidArgumentError } from 'commander';
import { buildDemoDatabase } from '../demo/build-demo-database';

function parseTraineeCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 100) throw new InvalidArgumentError('give a whole number of at least 100.');
  return count;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('rebuild the database with the realistic demo data set (replaces all data and users)')
    .option('--trainees <N>', 'trainees in post in each financial year', parseTraineeCount, DEFAULT_DEMO_TRAINEES)
    .option('--seed <S>', 'random seed: the same seed builds the same data', DEFAULT_DEMO_SEED)
    .action(async (options: { trainees: number; seed: string }) => {
      const config = databaseConfigFromEnv();
      console.error(
        `Building the demo data set in ${config.kind === 'sqlite' ? config.path : 'PostgreSQL (DATABASE_URL)'} …`,
      );
      const db = openDatabase(config);
      try {
        await migrateToLatest(db);
        await buildDemoDatabase(db, { traineesPerYear: options.trainees, seed: options.seed });
      } finally {
        await db.destroy();
      }
    });
}
