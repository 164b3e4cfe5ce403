/**
 * Trend over periods for one measure, one line per locality. The trend procedure is per locality;
 * the 13 calls go out in one batched request and share the server's per-period cache.
 */

import { LOCALITY_CODES, MEASURES, type MeasureCode, type Period } from '@ldm/shared';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { MultiTrendChart } from '../../charts/multi-trend-chart';
import { ChartWithTable } from '../../components/chart-with-table';
import { DataTable, type TableColumn } from '../../components/data-table';
import { MeasureSelect } from '../../components/measures/measure-select';
import { ErrorMessage } from '../../components/query-state';
import { figureChartValue, figureText } from '../../lib/figures';
import { nameOfPlace } from '../../lib/places';
import { useTRPC } from '../../lib/trpc';

/** Five financial years, or eight quarters. */
export const trendLength = (period: Period) => (period.quarter ? 8 : 5);

interface TrendRow {
  localityCode: string;
  texts: Record<string, string>;
}

export function NationalTrendSection({ period }: { period: Period }) {
  const trpc = useTRPC();
  const [measureCode, setMeasureCode] = useState<MeasureCode>('M3');
  const measure = MEASURES.find((m) => m.code === measureCode)!;
  const trends = useQueries({
    queries: LOCALITY_CODES.map((localityCode) =>
      trpc.measure.trend.queryOptions({ localityCode, period: period.label, count: trendLength(period) }),
    ),
  });
  const failed = trends.find((t) => t.error);
  const loaded = trends.every((t) => t.data);
  const periods = trends[0]?.data?.points.map((p) => p.period) ?? [];
  const scale = measure.unit === 'stages' ? 3 : 1;
  const series = trends.flatMap((t) =>
    t.data
      ? [
          {
            label: nameOfPlace(t.data.localityCode),
            values: Object.fromEntries(
              t.data.points.map((p) => [
                p.period,
                figureChartValue(p.measures[measureCode]) === null
                  ? null
                  : figureChartValue(p.measures[measureCode])! * scale,
              ]),
            ),
          },
        ]
      : [],
  );
  const rows: TrendRow[] = trends.flatMap((t) =>
    t.data
      ? [
          {
            localityCode: t.data.localityCode,
            texts: Object.fromEntries(
              t.data.points.map((p) => [p.period, figureText(measure.unit, p.measures[measureCode])]),
            ),
          },
        ]
      : [],
  );
  const columns: TableColumn<TrendRow>[] = [
    { id: 'locality', header: 'Locality', text: (row) => nameOfPlace(row.localityCode) },
    ...periods.map(
      (label): TableColumn<TrendRow> => ({
        id: label,
        header: label,
        numeric: true,
        text: (row) => row.texts[label] ?? '',
      }),
    ),
  ];
  const title = `${measure.code} ${measure.name} over time`;
  return (
    <section className="section" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Trend over periods</h2>
      <MeasureSelect label="Measure" value={measureCode} onChange={setMeasureCode} />
      {failed ? (
        <ErrorMessage error={failed.error} />
      ) : !loaded ? (
        <p className="loading" role="status">
          Loading the trend…
        </p>
      ) : (
        <ChartWithTable
          title={title}
          summary={`${measure.name} for each locality from ${periods[0]} to ${periods.at(-1)}.`}
          chart={<MultiTrendChart periods={periods} series={series} maximum={measure.unit === 'proportion' ? 1 : 3} />}
          table={
            <DataTable
              caption={title}
              columns={columns}
              rows={rows}
              exportName={`trend-${measure.code}-${period.label}`}
            />
          }
        />
      )}
    </section>
  );
}
