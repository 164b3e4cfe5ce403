/**
 * Places side by side for the chosen period: a sortable table of every measure, and a bar chart
 * of one chosen measure (its numbers are the table's column, so the toggle shows that column).
 */

import { MEASURE_CODES, MEASURES, type MeasureCode } from '@ldm/shared';
import type { ConfidenceLevel } from '@ldm/shared/statistics/confidence';
import { useState } from 'react';
import { BarChartByGroup } from '../../charts/bar-chart-by-group';
import { figureChartValue, figureText } from '../../lib/figures';
import { ChartWithTable } from '../chart-with-table';
import { DataTable } from '../data-table';
import { buildMeasureColumns, type MeasureRow } from './measure-columns';
import { MEASURE_COLUMN_GROUPS } from './measure-groups';
import { MeasureSelect } from './measure-select';

export function ComparisonSection<Row extends MeasureRow>({
  rows,
  labelHeader,
  caption,
  exportName,
  judgedAt,
  onExport,
}: {
  rows: Row[];
  labelHeader: string;
  caption: string;
  exportName: string;
  /** Colour the table's judged figures Better / Similar / Worse than England at this level. */
  judgedAt?: ConfidenceLevel;
  /**
   * Saves the table as data from the server (docs/open-data.md) instead of the text shown; the
   * chart's one-measure table saves the same file, which holds that measure with England's row.
   */
  onExport: () => void;
}) {
  const [chartMeasure, setChartMeasure] = useState<MeasureCode>('M1.1');
  const measure = MEASURES.find((m) => m.code === chartMeasure)!;
  const chartColumns = buildMeasureColumns<Row>(labelHeader, [chartMeasure]);
  return (
    <>
      <DataTable
        caption={caption}
        columns={buildMeasureColumns<Row>(labelHeader, MEASURE_CODES, judgedAt)}
        rows={rows}
        exportName={exportName}
        onExport={onExport}
        columnGroups={MEASURE_COLUMN_GROUPS}
      />
      <MeasureSelect label="Measure to chart" value={chartMeasure} onChange={setChartMeasure} />
      <ChartWithTable
        title={`${measure.code} ${measure.name} by ${labelHeader.toLowerCase()}`}
        summary={`${measure.name}: ${rows.map((row) => `${row.label} ${row.measures[chartMeasure] ? figureText(measure.unit, row.measures[chartMeasure]) : ''}`).join('; ')}.`}
        chart={
          <BarChartByGroup
            maximum={measure.unit === 'stages' ? 3 : measure.unit === 'score' ? 3 : 1}
            data={rows.map((row) => {
              const figure = row.measures[chartMeasure];
              const value = figure ? figureChartValue(figure) : null;
              return {
                label: row.label,
                value: value === null ? null : measure.unit === 'stages' ? value * 3 : value,
                text: figure ? figureText(measure.unit, figure) : '',
              };
            })}
          />
        }
        table={
          <DataTable
            caption={`${measure.code} ${measure.name} by ${labelHeader.toLowerCase()}`}
            columns={chartColumns}
            rows={rows}
            exportName={`${exportName}-${measure.code}`}
            onExport={onExport}
          />
        }
      />
    </>
  );
}
