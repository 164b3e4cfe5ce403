/** Status of every measure in every locality at a glance: one row per locality, one badge per measure. */
import { MEASURE_CODES, MEASURES, type MeasureCode, type MeasureStatus } from '@ldm/shared';
import { nameOfPlace } from '../../lib/places';
import { DataTable, type TableColumn } from '../data-table';
import { StatusBadge } from '../status-badge';

export interface StatusMatrixRow {
  localityCode: string;
  statuses: Partial<Record<MeasureCode, MeasureStatus>>;
}

const COLUMNS: TableColumn<StatusMatrixRow>[] = [
  { id: 'locality', header: 'Locality', text: (row) => nameOfPlace(row.localityCode) },
  ...MEASURE_CODES.map(
    (code): TableColumn<StatusMatrixRow> => ({
      id: code,
      header: `${code} ${MEASURES.find((m) => m.code === code)!.name}`,
      text: (row) => row.statuses[code] ?? '',
      render: (row) => (row.statuses[code] ? <StatusBadge status={row.statuses[code]} /> : null),
    }),
  ),
];

/** Groups progress rows (one per locality and measure) into one row per locality. */
export function buildStatusMatrix(
  progress: readonly { localityCode: string; measureCode: MeasureCode; status: MeasureStatus }[],
): StatusMatrixRow[] {
  const rows = new Map<string, StatusMatrixRow>();
  for (const item of progress) {
    const row = rows.get(item.localityCode) ?? { localityCode: item.localityCode, statuses: {} };
    row.statuses[item.measureCode] = item.status;
    rows.set(item.localityCode, row);
  }
  return [...rows.values()];
}

export function StatusMatrix({ rows, caption }: { rows: StatusMatrixRow[]; caption: string }) {
  return <DataTable caption={caption} columns={COLUMNS} rows={rows} exportName="measure-status" />;
}
