/**
 * SPC charts of a locality or of England (PRODUCT.md §12.3): a table of every measure's variation
 * and assurance icons, then one measure's chart at a time, chosen from a drop-down. One chart
 * with a selector, rather than eleven small multiples, keeps the page short and each chart wide
 * enough to read its quarter labels and limits; the table still shows every measure's reading.
 */
import { MEASURES, type MeasureCode, type MeasureUnit } from '@ldm/shared';
import type { DisclosureLevel } from '@ldm/shared/disclosure';
import { FIGURE_CSV_COLUMNS } from '@ldm/shared/measure-cells';
import { useState } from 'react';
import { SpcChart } from '../../charts/spc-chart';
import { exportedFigureCells, figureChartValue, figureText } from '../../lib/figures';
import { formatPercent } from '../../lib/format';
import type { RouterOutputs } from '../../lib/trpc';
import { ChartWithTable } from '../chart-with-table';
import { DataTable, type TableColumn, type TableCsv } from '../data-table';
import { MeasureSelect } from './measure-select';
import { AssuranceIcon, signalText, VariationIcon } from './spc-icons';

type SpcCharts = RouterOutputs['measure']['spc'];
type MeasureSpc = SpcCharts['measures'][number];
type SpcPoint = MeasureSpc['points'][number];

/** Stages are drawn per locality (of 3), like the trend chart; shares as percentages. */
const scaleOf = (unit: MeasureUnit) => (unit === 'stages' ? 3 : 1);

function levelText(unit: MeasureUnit, value: number): string {
  if (unit === 'proportion') return formatPercent(value);
  return `${value.toFixed(2)} of 3${unit === 'stages' ? ' stages' : ''}`;
}

const RUN_CHART_WHY = {
  'fewer than 13 quarters':
    'A run chart: fewer than 13 quarters have data, too few for process limits to mean anything, so none are drawn.',
  'hidden figures':
    'A run chart: some quarters’ figures are hidden (fewer than 8), and a mean or limits drawn over them would let them be estimated, so none are drawn.',
} as const;

function readingText(spc: MeasureSpc['spc'], unit: MeasureUnit): string {
  if (!spc) return '';
  const level = (v: number) => levelText(unit, v * scaleOf(unit));
  return `Mean ${level(spc.mean)}; process limits ${level(spc.lowerProcessLimit)} to ${level(spc.upperProcessLimit)}.`;
}

type ExportLevel = Exclude<DisclosureLevel, 'exact'>;

function MeasureChart({
  chart,
  placeName,
  exportName,
  exportLevel,
}: {
  chart: MeasureSpc;
  placeName: string;
  exportName: string;
  exportLevel: ExportLevel;
}) {
  const measure = MEASURES.find((m) => m.code === chart.measureCode)!;
  const scale = scaleOf(measure.unit);
  const special = chart.points.filter((p) => p.signal === 'improvement' || p.signal === 'concern');
  const title = `${measure.code} ${measure.name}, ${placeName}: ${chart.spc ? 'SPC chart' : 'run chart'}`;
  const summary = [
    `${measure.name} each quarter from ${chart.points[0]?.period} to ${chart.points.at(-1)?.period}.`,
    chart.spc ? readingText(chart.spc, measure.unit) : RUN_CHART_WHY[chart.runChartBecause!],
    special.length
      ? `Special-cause points: ${special.map((p) => `${p.period} ${figureText(measure.unit, p)} (${signalText(p.signal)})`).join('; ')}.`
      : 'No special-cause points.',
  ].join(' ');
  const columns: TableColumn<SpcPoint>[] = [
    { id: 'period', header: 'Quarter', text: (p) => p.period },
    {
      id: 'value',
      header: `${measure.code} ${measure.name}`,
      numeric: true,
      text: (p) => figureText(measure.unit, p),
    },
    { id: 'signal', header: 'Signal', text: (p) => signalText(p.signal) },
  ];
  // The mean and limits on every row, so each quarter's file row reads alone; none on a run chart.
  const csv: TableCsv<SpcPoint> = {
    header: [
      'quarter',
      'measure',
      ...FIGURE_CSV_COLUMNS,
      'mean',
      'lower_process_limit',
      'upper_process_limit',
      'signal',
    ],
    rows: (p) => [
      [
        p.period,
        measure.code,
        ...exportedFigureCells(measure.code, p, exportLevel),
        chart.spc?.mean ?? null,
        chart.spc?.lowerProcessLimit ?? null,
        chart.spc?.upperProcessLimit ?? null,
        p.signal,
      ],
    ],
  };
  return (
    <>
      <p className={chart.spc ? undefined : 'note'}>
        {chart.spc ? readingText(chart.spc, measure.unit) : RUN_CHART_WHY[chart.runChartBecause!]}{' '}
        {special.length
          ? `Special-cause points (triangles: up for an improvement, down for a concern): ${special
              .map((p) => `${p.period} (${signalText(p.signal)})`)
              .join(', ')}.`
          : 'No special-cause points.'}
      </p>
      <ChartWithTable
        title={title}
        summary={summary}
        chart={
          <SpcChart
            data={chart.points.map((p) => {
              const value = figureChartValue(p);
              return { period: p.period, value: value === null ? null : value * scale, signal: p.signal };
            })}
            lines={
              chart.spc && {
                mean: chart.spc.mean * scale,
                upperProcessLimit: chart.spc.upperProcessLimit * scale,
                lowerProcessLimit: chart.spc.lowerProcessLimit * scale,
              }
            }
            target={chart.target === null ? null : chart.target * scale}
            format={(v) => (measure.unit === 'proportion' ? `${(v * 100).toFixed(1)}%` : v.toFixed(1))}
          />
        }
        table={<DataTable caption={title} columns={columns} rows={chart.points} csv={csv} exportName={exportName} />}
      />
    </>
  );
}

export function SpcSection({
  charts,
  placeName,
  exportName,
  exportLevel = 'below-england',
}: {
  charts: SpcCharts;
  placeName: string;
  /** Prefix of the CSV files' names, e.g. `spc-NE-2025-26`. */
  exportName: string;
  /** How the files disclose the place's counts: `england` for England's charts (PRODUCT.md §4). */
  exportLevel?: ExportLevel;
}) {
  const [measureCode, setMeasureCode] = useState<MeasureCode>('M3');
  const chart = charts.measures.find((m) => m.measureCode === measureCode);
  const columns: TableColumn<MeasureSpc>[] = [
    {
      id: 'measure',
      header: 'Measure',
      text: (row) => `${row.measureCode} ${MEASURES.find((m) => m.code === row.measureCode)!.name}`,
    },
    {
      id: 'variation',
      header: 'Variation',
      text: (row) => (row.spc ? row.spc.variation : `no reading: ${row.runChartBecause}`),
      render: (row) => (row.spc ? <VariationIcon variation={row.spc.variation} /> : 'Run chart only'),
    },
    {
      id: 'assurance',
      header: 'Assurance',
      text: (row) => (row.spc ? (row.spc.assurance ?? 'no target') : ''),
      render: (row) => (row.spc ? <AssuranceIcon assurance={row.spc.assurance} /> : ''),
    },
  ];
  return (
    <section className="section" aria-labelledby="spc-heading">
      <h2 id="spc-heading">Over time: statistical process control</h2>
      {charts.to === null ? (
        <p>No quarter of this period is over yet, so there is no chart.</p>
      ) : (
        <>
          <p>
            Each measure quarter by quarter up to {charts.to}, read as NHS England’s “Making Data Count” XmR chart: the
            mean, and process limits within which the figures vary by chance. A point beyond a limit, a run of 6 on one
            side of the mean, 6 rising or falling, or 2 of 3 near a limit is special cause.
          </p>
          <DataTable
            caption={`Variation and assurance of every measure, ${placeName}, quarters to ${charts.to}`}
            columns={columns}
            rows={charts.measures}
            exportName={`${exportName}-summary`}
          />
          <MeasureSelect label="Chart of measure" value={measureCode} onChange={setMeasureCode} />
          {chart ? (
            <MeasureChart
              chart={chart}
              placeName={placeName}
              exportName={`${exportName}-${measureCode}`}
              exportLevel={exportLevel}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
