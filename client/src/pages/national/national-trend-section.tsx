/**
 * Trend over periods for one measure, one line per locality: one call for every locality and
 * period (open to every signed-in user, disclosure-controlled outside the viewer's own locality).
 */

import { MEASURES, type MeasureCode, type Period } from '@ldm/shared';
import { ENGLAND, FIGURE_CSV_COLUMNS } from '@ldm/shared/measure-cells';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { MultiTrendChart } from '../../charts/multi-trend-chart';
import { ChartWithTable } from '../../components/chart-with-table';
import { DataTable, type TableColumn, type TableCsv } from '../../components/data-table';
import { MeasureSelect } from '../../components/measures/measure-select';
import { ErrorMessage } from '../../components/query-state';
import { exportedFigureCells, type Figure, figureChartValue, figureText } from '../../lib/figures';
import { nameOfPlace } from '../../lib/places';
import { useTRPC } from '../../lib/trpc';

/** Five financial years, or eight quarters. */
export const trendLength = (period: Period) => (period.quarter ? 8 : 5);

interface TrendRow {
  localityCode: string;
  figures: Record<string, Figure | null>;
}

export function NationalTrendSection({ period }: { period: Period }) {
  const trpc = useTRPC();
  const [measureCode, setMeasureCode] = useState<MeasureCode>('M3');
  const measure = MEASURES.find((m) => m.code === measureCode)!;
  const trend = useQuery(trpc.measure.nationalTrend.queryOptions({ period: period.label, count: trendLength(period) }));
  const periods = trend.data?.periods ?? [];
  const scale = measure.unit === 'stages' ? 3 : 1;
  const localityCodes = trend.data?.localities.map((l) => l.code) ?? [];
  const figureOf = (periodIndex: number, localityCode: string) =>
    trend.data?.localities.find((l) => l.code === localityCode)?.points[periodIndex]?.measures[measureCode];
  const series = localityCodes.map((localityCode) => ({
    label: nameOfPlace(localityCode),
    values: Object.fromEntries(
      periods.map((label, i) => {
        const figure = figureOf(i, localityCode);
        const value = figure ? figureChartValue(figure) : null;
        return [label, value === null ? null : value * scale];
      }),
    ),
  }));
  const rows: TrendRow[] = localityCodes.map((localityCode) => ({
    localityCode,
    figures: Object.fromEntries(
      periods.map((label, i) => {
        const figure = figureOf(i, localityCode);
        return [label, figure ?? null];
      }),
    ),
  }));
  const columns: TableColumn<TrendRow>[] = [
    { id: 'locality', header: 'Locality', text: (row) => nameOfPlace(row.localityCode) },
    ...periods.map(
      (label): TableColumn<TrendRow> => ({
        id: label,
        header: label,
        numeric: true,
        text: (row) => {
          const figure = row.figures[label];
          return figure ? figureText(measure.unit, figure) : '';
        },
      }),
    ),
  ];
  // One row per area and period, England's first: its counts exact but for 1 to 7 (PRODUCT.md §4),
  // or rounded where the server says a year's quarters would give a hidden count back.
  const csv: TableCsv<TrendRow> = {
    header: ['period', 'area_code', 'area_name', 'measure', ...FIGURE_CSV_COLUMNS],
    leadingRows: periods.map((label, i) => {
      const england = trend.data!.england[i]!;
      const level = england.roundedInExports.includes(measureCode) ? 'below-england' : 'england';
      return [
        label,
        ENGLAND.code,
        ENGLAND.name,
        measureCode,
        ...exportedFigureCells(measureCode, england.measures[measureCode], level),
      ];
    }),
    rows: (row) =>
      periods.flatMap((label) => {
        const figure = row.figures[label];
        return figure
          ? [
              [
                label,
                row.localityCode,
                nameOfPlace(row.localityCode),
                measureCode,
                ...exportedFigureCells(measureCode, figure),
              ],
            ]
          : [];
      }),
  };
  const title = `${measure.code} ${measure.name} over time`;
  return (
    <section className="section" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Trend over periods</h2>
      <MeasureSelect label="Measure" value={measureCode} onChange={setMeasureCode} />
      {trend.error ? (
        <ErrorMessage error={trend.error} />
      ) : !trend.data ? (
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
              csv={csv}
              exportName={`trend-${measure.code}-${period.label}`}
            />
          }
        />
      )}
    </section>
  );
}
