/** Each measure over consecutive periods against the locality's baseline and target. */

import { type LocalityCode, MEASURES, type MeasureCode, type Period } from '@ldm/shared';
import { FIGURE_CSV_COLUMNS } from '@ldm/shared/measure-cells';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { TrendChart } from '../../charts/trend-chart';
import { ChartWithTable } from '../../components/chart-with-table';
import { DataTable, type TableColumn, type TableCsv } from '../../components/data-table';
import { MeasureSelect } from '../../components/measures/measure-select';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { exportedFigureCells, figureChartValue, figureText } from '../../lib/figures';
import { formatMeasureValue } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { trendLength } from '../national/national-trend-section';

export function LocalityTrendSection({ localityCode, period }: { localityCode: LocalityCode; period: Period }) {
  const trpc = useTRPC();
  const [measureCode, setMeasureCode] = useState<MeasureCode>('M3');
  const measure = MEASURES.find((m) => m.code === measureCode)!;
  const trend = useQuery(
    trpc.measure.trend.queryOptions({ localityCode, period: period.label, count: trendLength(period) }),
  );
  const scale = measure.unit === 'stages' ? 3 : 1;
  const numeric = (value: number | null | '*' | undefined) => (typeof value === 'number' ? value * scale : null);
  return (
    <section className="section" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Trend against baseline and target</h2>
      <MeasureSelect label="Measure" value={measureCode} onChange={setMeasureCode} />
      <QueryState query={trend} label="the trend">
        {(data) => {
          const info = data.measures.find((m) => m.measureCode === measureCode)!;
          const rows = data.points.map((p) => ({ period: p.period, figure: p.measures[measureCode] }));
          const columns: TableColumn<(typeof rows)[number]>[] = [
            { id: 'period', header: 'Period', text: (row) => row.period },
            {
              id: 'value',
              header: `${measure.code} ${measure.name}`,
              numeric: true,
              text: (row) => figureText(measure.unit, row.figure),
            },
          ];
          const csv: TableCsv<(typeof rows)[number]> = {
            header: ['period', 'locality', 'measure', ...FIGURE_CSV_COLUMNS],
            rows: (row) => [[row.period, localityCode, measureCode, ...exportedFigureCells(measureCode, row.figure)]],
          };
          const title = `${measure.code} ${measure.name} over time`;
          return (
            <>
              <p>
                Baseline:{' '}
                {info.baseline
                  ? `${info.baseline.value === '*' ? '*' : formatMeasureValue(measure.unit, info.baseline.value)} (${info.baseline.period})`
                  : 'not set'}
                . Target:{' '}
                {info.target
                  ? `${formatMeasureValue(measure.unit, info.target.value)} by ${info.target.period}`
                  : 'not set'}
                . Status: <StatusBadge status={info.status} />
              </p>
              <ChartWithTable
                title={title}
                summary={`${measure.name} from ${rows[0]?.period} to ${rows.at(-1)?.period}: ${rows.map((r) => `${r.period} ${figureText(measure.unit, r.figure)}`).join('; ')}.`}
                chart={
                  <TrendChart
                    data={rows.map((r) => ({
                      period: r.period,
                      value: figureChartValue(r.figure) === null ? null : figureChartValue(r.figure)! * scale,
                    }))}
                    baseline={numeric(info.baseline?.value)}
                    target={numeric(info.target?.value)}
                    maximum={measure.unit === 'proportion' ? 1 : 3}
                  />
                }
                table={
                  <DataTable
                    caption={title}
                    columns={columns}
                    rows={rows}
                    csv={csv}
                    exportName={`trend-${localityCode}-${measure.code}`}
                  />
                }
              />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
