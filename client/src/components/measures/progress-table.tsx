/** Baseline → latest → target for each measure, with its status badge. */
import { MEASURES, type MeasureCode } from '@ldm/shared';
import { FIGURE_CSV_COLUMNS } from '@ldm/shared/measure-cells';
import { exportedFigureCells, figureText } from '../../lib/figures';
import { formatMeasureValue } from '../../lib/format';
import { nameOfPlace } from '../../lib/places';
import type { RouterOutputs } from '../../lib/trpc';
import { DataTable, type TableColumn, type TableCsv } from '../data-table';
import { FigureValue } from '../figure-cell';
import { StatusBadge } from '../status-badge';

/** One measure's progress for one locality, as the measure router returns it (disclosed). */
export type ProgressRow = RouterOutputs['measure']['national']['progress'][number];

const unitOf = (code: MeasureCode) => MEASURES.find((m) => m.code === code)!.unit;

function pointText(
  code: MeasureCode,
  point: { period: string; value: number | null | '*' } | null,
  missing: string,
): string {
  if (!point) return missing;
  return `${point.value === '*' ? '*' : formatMeasureValue(unitOf(code), point.value)} (${point.period})`;
}

/** The first column names the measure (one locality's table) or the locality (one measure's table). */
function buildColumns<Row extends ProgressRow>(by: 'measure' | 'locality'): TableColumn<Row>[] {
  const first: TableColumn<Row> =
    by === 'measure'
      ? {
          id: 'measure',
          header: 'Measure',
          text: (row) => `${row.measureCode} ${MEASURES.find((m) => m.code === row.measureCode)!.name}`,
        }
      : { id: 'locality', header: 'Locality', text: (row) => nameOfPlace(row.localityCode) };
  return [
    first,
    {
      id: 'baseline',
      header: 'Baseline',
      text: (row) => pointText(row.measureCode, row.baseline, 'not set'),
    },
    {
      id: 'latest',
      header: 'Latest',
      text: (row) => figureText(unitOf(row.measureCode), row.latest),
      render: (row) => <FigureValue unit={unitOf(row.measureCode)} figure={row.latest} />,
    },
    { id: 'target', header: 'Target', text: (row) => pointText(row.measureCode, row.target, 'not set') },
    { id: 'status', header: 'Status', text: (row) => row.status, render: (row) => <StatusBadge status={row.status} /> },
  ];
}

const prefixed = (prefix: string) => FIGURE_CSV_COLUMNS.map((column) => `${prefix}_${column}`);

/** A row per locality and measure: the period's figures, the baseline's and the target, as data. */
function progressCsv<Row extends ProgressRow>(period: string): TableCsv<Row> {
  return {
    header: [
      'period',
      'locality_code',
      'measure',
      ...FIGURE_CSV_COLUMNS,
      'baseline_period',
      ...prefixed('baseline'),
      'target_period',
      'target_value',
      'status',
    ],
    rows: (row) => [
      [
        period,
        row.localityCode,
        row.measureCode,
        ...exportedFigureCells(row.measureCode, row.latest),
        row.baseline?.period ?? null,
        ...(row.baseline ? exportedFigureCells(row.measureCode, row.baseline) : FIGURE_CSV_COLUMNS.map(() => null)),
        row.target?.period ?? null,
        row.target?.value ?? null,
        row.status,
      ],
    ],
  };
}

export function ProgressTable<Row extends ProgressRow>({
  rows,
  by,
  period,
  caption,
  exportName,
}: {
  rows: Row[];
  by: 'measure' | 'locality';
  /** The period of the latest figures (written on every row of the file). */
  period: string;
  caption: string;
  exportName: string;
}) {
  return (
    <DataTable
      caption={caption}
      columns={buildColumns<Row>(by)}
      rows={rows}
      csv={progressCsv<Row>(period)}
      exportName={exportName}
    />
  );
}
