/**
 * `pnpm cli trend --locality <code|ENG> --measure <M> --to <quarter> [--count N] [--json]`
 * (PRODUCT.md §9, §12.3): a measure's quarterly series with its SPC reading.
 */
import type { Command } from 'commander';
import { DEFAULT_TREND_QUARTERS, getSpcTrend } from '../judgement/trend-service';
import { formatColumns, printFromDatabase } from './print-from-database';

type Trend = Awaited<ReturnType<typeof getSpcTrend>>;

export function formatTrend(trend: Trend): string {
  const signalOf = new Map(trend.spc?.points.map((p) => [p.period, p.signal]) ?? []);
  const rows = trend.points.map((p) => [
    p.period,
    `${p.numerator}/${p.denominator}`,
    p.value === null ? 'no data' : String(p.value),
    signalOf.get(p.period) ?? '',
  ]);
  const spc = trend.spc
    ? `mean ${trend.spc.mean}, process limits ${trend.spc.lowerProcessLimit} – ${trend.spc.upperProcessLimit}; variation: ${trend.spc.variation}; assurance: ${trend.spc.assurance ?? 'no target'}`
    : 'fewer than 13 quarters with data: a run chart only, no SPC reading';
  return [
    `${trend.measure} for ${trend.locality} (${trend.spc?.rules ?? 'run chart'}): ${spc}`,
    ...formatColumns([['quarter', 'count', 'value', 'signal'], ...rows]),
  ].join('\n');
}

export function registerTrendCommand(program: Command): void {
  program
    .command('trend')
    .description('quarterly series of a measure with its SPC reading (NHS "Making Data Count")')
    .requiredOption('--locality <code>', 'a locality code, or ENG for England')
    .requiredOption('--measure <measure>', 'a measure code, e.g. M3')
    .requiredOption('--to <quarter>', 'the last quarter, e.g. "2025-26 Q4"')
    .option('--count <n>', 'number of quarters', String(DEFAULT_TREND_QUARTERS))
    .option('--json', 'print the JSON object of PRODUCT.md §9')
    .action((options: { locality: string; measure: string; to: string; count: string; json?: boolean }) =>
      printFromDatabase(async (db) => {
        const trend = await getSpcTrend(db, { ...options, count: Number(options.count) });
        return options.json ? JSON.stringify(trend) : formatTrend(trend);
      }),
    );
}
