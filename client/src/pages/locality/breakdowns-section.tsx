/** Breakdowns of the trainee-based measures by stage, tier, programme, specialty and organisation. */

import { type LocalityCode, type MeasureCode, STAGES, TIERS } from '@ldm/shared';
import { FIGURE_CSV_COLUMNS } from '@ldm/shared/measure-cells';
import { useId, useState } from 'react';
import { DataTable, type TableColumn, type TableCsv } from '../../components/data-table';
import { FigureValue } from '../../components/figure-cell';
import { ChoiceOptions } from '../../components/form-fields';
import { ComparisonSection } from '../../components/measures/comparison-section';
import { countsText, exportedFigureCells, type Figure, figureText } from '../../lib/figures';
import { useServerCsv } from '../../lib/server-csv';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

type LocalityDashboard = RouterOutputs['measure']['locality'];
type BreakdownKey = 'stage' | 'programme' | 'specialty' | 'organisation';

const BREAKDOWNS: { key: BreakdownKey; label: string }[] = [
  { key: 'stage', label: 'Stage' },
  { key: 'programme', label: 'Programme' },
  { key: 'specialty', label: 'Specialty' },
  { key: 'organisation', label: 'Organisation' },
];

const labelOf = (by: BreakdownKey, key: string) =>
  by === 'stage' ? (STAGES.find((s) => s.code === key)?.name ?? key) : key;

export function BreakdownsSection({ data, localityCode }: { data: LocalityDashboard; localityCode: LocalityCode }) {
  const [by, setBy] = useState<BreakdownKey>('stage');
  const selectId = useId();
  const trpc = useTRPC();
  const download = useServerCsv();
  const breakdown = BREAKDOWNS.find((b) => b.key === by)!;
  const rows = data.breakdowns[by].map((group) => ({
    label: labelOf(by, group.key),
    traineesInPost: group.traineesInPost,
    measures: group.measures as Partial<Record<MeasureCode, Figure>>,
  }));
  return (
    <section className="section" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">Breakdowns</h2>
      <TierTable
        uptakeByTier={data.uptakeByTier}
        measures={data.measures}
        period={data.period}
        localityCode={data.localityCode}
      />
      <div className="toolbar">
        <label htmlFor={selectId}>Break down by</label>
        <select id={selectId} value={by} onChange={(event) => setBy(event.target.value as BreakdownKey)}>
          <ChoiceOptions choices={BREAKDOWNS.map((b) => ({ value: b.key, label: b.label }))} />
        </select>
      </div>
      <ComparisonSection
        rows={rows}
        labelHeader={breakdown.label}
        caption={`Measures by ${breakdown.label.toLowerCase()}, ${data.period}`}
        exportName={`${data.localityCode}-by-${by}-${data.period}`}
        onExport={() => download(trpc.export.breakdown.queryOptions({ localityCode, period: data.period, by }))}
      />
    </section>
  );
}

interface TierRow {
  tier: number;
  name: string;
  coverage: Figure;
  uptake: Figure;
}

/** M1.1, M1.2 or M1.3: access coverage of one tier (every tier's uptake is an M3). */
const coverageCode = (row: TierRow) => `M1.${row.tier}` as MeasureCode;

const TIER_COLUMNS: TableColumn<TierRow>[] = [
  { id: 'tier', header: 'Tier', text: (row) => `Tier ${row.tier}: ${row.name}` },
  {
    id: 'coverage',
    header: 'Access coverage',
    numeric: true,
    text: (row) => figureText('proportion', row.coverage),
    render: (row) => <FigureValue unit="proportion" figure={row.coverage} />,
  },
  {
    id: 'coverage-counts',
    header: 'Trainees covered',
    numeric: true,
    text: (row) => countsText(row.coverage),
  },
  {
    id: 'uptake',
    header: 'Uptake',
    numeric: true,
    text: (row) => figureText('proportion', row.uptake),
    render: (row) => <FigureValue unit="proportion" figure={row.uptake} />,
  },
  {
    id: 'uptake-counts',
    header: 'Trainees taking part',
    numeric: true,
    text: (row) => countsText(row.uptake),
  },
];

/** Two rows per tier: its access coverage (M1.1 to M1.3) and its uptake (M3 of that tier's offers). */
function tierCsv(period: string, localityCode: string): TableCsv<TierRow> {
  return {
    header: ['period', 'locality_code', 'tier', 'tier_name', 'measure', ...FIGURE_CSV_COLUMNS],
    rows: (row) =>
      (
        [
          [coverageCode(row), row.coverage],
          ['M3', row.uptake],
        ] as const
      ).map(([code, figure]) => [period, localityCode, row.tier, row.name, code, ...exportedFigureCells(code, figure)]),
  };
}

function TierTable({
  uptakeByTier,
  measures,
  period,
  localityCode,
}: {
  uptakeByTier: LocalityDashboard['uptakeByTier'];
  measures: LocalityDashboard['measures'];
  period: string;
  localityCode: string;
}) {
  const rows: TierRow[] = TIERS.map((t) => ({
    tier: t.tier,
    name: t.name,
    coverage: measures[`M1.${t.tier}`],
    uptake: uptakeByTier[String(t.tier)]!,
  }));
  return (
    <DataTable
      caption={`Access and uptake by tier, ${period}`}
      columns={TIER_COLUMNS}
      rows={rows}
      csv={tierCsv(period, localityCode)}
      exportName={`by-tier-${period}`}
    />
  );
}
