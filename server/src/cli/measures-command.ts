/**
 * `pnpm cli measures --period <P> [--json]` (PRODUCT.md §9): all measures for every locality.
 * With --json, standard output carries only the contract JSON object, with each proportion
 * measure compared with England (§12.1); otherwise a readable table.
 * An operator's tool on the server: no disclosure control.
 */

import { MEASURE_CODES } from '@ldm/shared';
import type { MeasureValue } from '@ldm/shared/measures';
import type { Command } from 'commander';
import { getMeasuresWithEngland } from '../judgement/measures-with-england';
import type { MeasuresForPeriod } from '../measure/service';
import { formatColumns, printFromDatabase } from './print-from-database';

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
  return [
    `Measures for ${result.period} (${result.from} to ${result.to}); value (numerator/denominator)`,
    ...formatColumns([header, ...rows]),
  ].join('\n');
}

export function registerMeasuresCommand(program: Command): void {
  program
    .command('measures')
    .description('all measures for every locality for a period (2024-25 or "2024-25 Q3")')
    .requiredOption('--period <period>', 'financial year or quarter')
    .option('--json', 'print the JSON object of PRODUCT.md §9')
    .action((options: { period: string; json?: boolean }) =>
      printFromDatabase(async (db) => {
        const result = await getMeasuresWithEngland(db, options.period);
        return options.json ? JSON.stringify(result) : formatMeasuresTable(result);
      }),
    );
}
