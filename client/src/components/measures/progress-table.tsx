/** Baseline → latest → target for each measure, with its status badge. */
import { MEASURES, type MeasureCode } from '@ldm/shared';
import { exportedFigure, figureText } from '../../lib/figures';
import { formatMeasureValue } from '../../lib/format';
import { nameOfPlace } from '../../lib/places';
import type { RouterOutputs } from '../../lib/trpc';
import { DataTable, type TableColumn } from '../data-table';
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
      text: (row) =>
        pointText(
          row.measureCode,
          row.baseline && { ...row.baseline, ...exportedFigure(row.measureCode, row.baseline) },
          'not set',
        ),
      render: (row) => pointText(row.measureCode, row.baseline, 'not set'),
    },
    {
      id: 'latest',
      header: 'Latest',
      text: (row) => figureText(unitOf(row.measureCode), exportedFigure(row.measureCode, row.latest)),
      render: (row) => <FigureValue unit={unitOf(row.measureCode)} figure={row.latest} />,
    },
    { id: 'target', header: 'Target', text: (row) => pointText(row.measureCode, row.target, 'not set') },
    { id: 'status', header: 'Status', text: (row) => row.status, render: (row) => <StatusBadge status={row.status} /> },
  ];
}

export function ProgressTable<Row extends ProgressRow>({
  rows,
  by,
  caption,
  exportName,
}: {
  rows: Row[];
  by: 'measure' | 'locality';
  caption: string;
  exportName: string;
}) {
  return <DataTable caption={caption} columns={buildColumns<Row>(by)} rows={rows} exportName={exportName} />;
}
