/**
 * `pnpm cli funnel --period <P> --measure <M> [--regions] [--json]` (PRODUCT.md §9, §12.2): a
 * proportion measure's funnel for the 13 localities or the 7 regions, with exact and
 * overdispersion-adjusted limits and outlier flags. No disclosure control (an operator's tool).
 */
import type { Command } from 'commander';
import { getFunnel } from '../judgement/funnel-service';
import { formatColumns, printFromDatabase } from './print-from-database';

type Funnel = Awaited<ReturnType<typeof getFunnel>>;

const percent = (value: number | null | undefined) => (value == null ? '—' : `${(value * 100).toFixed(2)}%`);

export function formatFunnel(funnel: Funnel): string {
  const adjusted = funnel.tau2 ? `adjusted for overdispersion (τ² = ${funnel.tau2})` : 'exact (τ² = 0, no adjustment)';
  const rows = funnel.points.map((p) => {
    const limits = p.adjusted ?? p.exact;
    return [
      p.code,
      `${p.numerator}/${p.denominator}`,
      percent(p.value),
      `${percent(limits?.lower998)} – ${percent(limits?.upper998)}`,
      p.flag ?? '',
    ];
  });
  return [
    `Funnel for ${funnel.measure} in ${funnel.period}: centre ${percent(funnel.centre)}, k = ${funnel.k}, φ = ${funnel.phi ?? '—'}; limits ${adjusted}`,
    ...formatColumns([['code', 'count', 'share', '99.8% limits', 'flag'], ...rows]),
  ].join('\n');
}

export function registerFunnelCommand(program: Command): void {
  program
    .command('funnel')
    .description('funnel plot of a proportion measure: exact and overdispersion-adjusted limits, outliers')
    .requiredOption('--period <period>', 'financial year or quarter')
    .requiredOption('--measure <measure>', 'a proportion measure, e.g. M3')
    .option('--regions', 'the 7 regions instead of the 13 localities')
    .option('--json', 'print the JSON object of PRODUCT.md §9')
    .action((options: { period: string; measure: string; regions?: boolean; json?: boolean }) =>
      printFromDatabase(async (db) => {
        const funnel = await getFunnel(db, options);
        return options.json ? JSON.stringify(funnel) : formatFunnel(funnel);
      }),
    );
}
