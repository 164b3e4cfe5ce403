/** Table columns for a row of measures (a locality, a region, a stage, an organisation…). */

import { MEASURES, type MeasureCode } from '@ldm/shared';
import { Link } from 'react-router';
import {
  type Count,
  countText,
  exportedCount,
  exportedFigure,
  type Figure,
  figureSortValue,
  figureText,
  isSuppressed,
} from '../../lib/figures';
import type { TableColumn } from '../data-table';
import { CountValue, FigureValue } from '../figure-cell';

export interface MeasureRow {
  label: string;
  /** A link to the place's own dashboard, where the user may open it. */
  href?: string;
  traineesInPost: Count;
  measures: Partial<Record<MeasureCode, Figure>>;
}

export function buildMeasureColumns<Row extends MeasureRow>(
  labelHeader: string,
  codes: readonly MeasureCode[],
): TableColumn<Row>[] {
  return [
    {
      id: 'label',
      header: labelHeader,
      text: (row) => row.label,
      render: (row) => (row.href ? <Link to={row.href}>{row.label}</Link> : row.label),
    },
    {
      id: 'trainees',
      header: 'Trainees in post',
      numeric: true,
      text: (row) => countText(exportedCount(row.traineesInPost)),
      sortValue: (row) => (isSuppressed(row.traineesInPost) ? null : row.traineesInPost),
      render: (row) => <CountValue count={row.traineesInPost} />,
    },
    ...codes.map((code): TableColumn<Row> => {
      const measure = MEASURES.find((m) => m.code === code)!;
      return {
        id: code,
        header: `${code} ${measure.name}`,
        numeric: true,
        text: (row) => (row.measures[code] ? figureText(measure.unit, exportedFigure(code, row.measures[code])) : ''),
        sortValue: (row) => (row.measures[code] ? figureSortValue(row.measures[code]) : null),
        render: (row) => (row.measures[code] ? <FigureValue unit={measure.unit} figure={row.measures[code]} /> : null),
      };
    }),
  ];
}
