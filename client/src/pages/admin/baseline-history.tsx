/** Baselines that were replaced, newest first: what each was, from when, and who replaced it when. */
import type { LocalityCode, MeasureCode } from '@ldm/shared';
import { FIGURE_CSV_COLUMNS } from '@ldm/shared/measure-cells';
import { useQuery } from '@tanstack/react-query';
import { DataTable, type TableColumn, type TableCsv } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { exportedFigureCells } from '../../lib/figures';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { frozenValueText } from './freeze-baseline-form';

type Replaced = RouterOutputs['measure']['baselineHistory'][number];

const COLUMNS: TableColumn<Replaced>[] = [
  { id: 'measure', header: 'Measure', text: (b) => b.measure_code },
  { id: 'period', header: 'Baseline period', text: (b) => b.period },
  { id: 'value', header: 'Value', text: (b) => frozenValueText(b.measure_code, b), numeric: true },
  { id: 'setAt', header: 'Frozen on', text: (b) => b.set_at.slice(0, 10) },
  { id: 'replacedAt', header: 'Replaced on', text: (b) => b.replaced_at.slice(0, 10) },
];

/** As data: the frozen figures under the export rule, the timestamps in full (ISO 8601). */
function historyCsv(localityCode: LocalityCode): TableCsv<Replaced> {
  return {
    header: ['locality_code', 'measure', 'baseline_period', ...FIGURE_CSV_COLUMNS, 'set_at', 'replaced_at'],
    rows: (b) => [
      [
        localityCode,
        b.measure_code,
        b.period,
        ...exportedFigureCells(b.measure_code as MeasureCode, b),
        b.set_at,
        b.replaced_at,
      ],
    ],
  };
}

export function BaselineHistory({ localityCode }: { localityCode: LocalityCode }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.measure.baselineHistory.queryOptions({ localityCode }));
  return (
    <section className="section" aria-labelledby="baseline-history-heading">
      <h2 id="baseline-history-heading">Earlier baselines of {nameOfPlace(localityCode)}</h2>
      <QueryState query={history} label="the earlier baselines">
        {(rows) =>
          rows.length === 0 ? (
            <p>No baseline has been replaced yet.</p>
          ) : (
            <DataTable
              caption={`Replaced baselines, ${nameOfPlace(localityCode)}`}
              columns={COLUMNS}
              rows={rows}
              csv={historyCsv(localityCode)}
              exportName={`baseline-history-${localityCode}`}
            />
          )
        }
      </QueryState>
    </section>
  );
}
