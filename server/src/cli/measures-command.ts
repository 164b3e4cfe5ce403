/**
 * `pnpm cli measures --period <P> [--json]` (PRODUCT.md §9): all measures for every locality.
 * With --json, standard output carries only the contract JSON object; otherwise a readable table.
 * An operator's tool on the server: no disclosure control.
 */

import { databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import { MEASURE_CODES } from '@ldm/shared';
import type { MeasureValue } from '@ldm/shared/measures';
import type { Command } from 'commander';
import { getMeasuresForPeriod, type MeasuresForPeriod } from '../measure/service';

function formatCell(figures: MeasureValue): string {
  const value = figures.value === null ? 'no data' : String(figures.value);
  return `${value} (${figures.numerator}/${figures.denominator})`;
}

export function formatMeasuresTable(result: MeasuresForPeriod): string {
  const header = ['locality', 'in post', ...MEASURE_CODES];
  const rows = result.localities.map((l) => [
    l.code,
    String(l.traineesInPost),
    ...MEASURE_CODES.map((code) => formatCell(l.measures[code])),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    `Measures for ${result.period} (${result.from} to ${result.to}); value (numerator/denominator)`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}

export function registerMeasuresCommand(program: Command): void {
  program
    .command('measures')
    .description('all measures for every locality for a period (2024-25 or "2024-25 Q3")')
    .requiredOption('--period <period>', 'financial year or quarter')
    .option('--json', 'print the JSON object of PRODUCT.md §9')
    .action(async (options: { period: string; json?: boolean }) => {
      const db = openDatabase(databaseConfigFromEnv());
      try {
        await migrateToLatest(db);
        const result = await getMeasuresForPeriod(db, options.period);
        process.stdout.write(`${options.json ? JSON.stringify(result) : formatMeasuresTable(result)}\n`);
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 1;
      } finally {
        await db.destroy();
      }
    });
}
