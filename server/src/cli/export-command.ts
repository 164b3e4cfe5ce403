/**
 * `pnpm cli export open-data <file>`: writes the national open-data file (docs/open-data.md), the
 * same bytes the dashboard gives national and admin users. Written to a temporary file beside the
 * target and renamed into place, so a failure never leaves half a file under the name asked for.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { buildOpenDataFile } from '../export/open-data';
import { printFromDatabase } from './print-from-database';

export function registerExportCommand(program: Command): void {
  const command = program.command('export').description('write data files');
  command
    .command('open-data')
    .description('every measure for England, each region and each locality, every complete period (CSV)')
    .argument('<file>', 'where to write the CSV')
    .action((file: string) =>
      printFromDatabase(async (db) => {
        const { csv } = await buildOpenDataFile(db);
        const target = path.resolve(file);
        const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
        try {
          await fs.writeFile(temporary, csv, 'utf8');
          await fs.rename(temporary, target);
        } finally {
          await fs.rm(temporary, { force: true });
        }
        return `wrote ${csv.split('\r\n').length - 2} rows to ${target}`;
      }),
    );
}
