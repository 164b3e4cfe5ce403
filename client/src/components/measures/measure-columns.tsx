/** Table columns for a row of measures (a locality, a region, a stage, an organisation…). */

import { MEASURES, type MeasureCode } from '@ldm/shared';
import type { ConfidenceLevel } from '@ldm/shared/statistics/confidence';
import type { EnglandComparison } from '@ldm/shared/statistics/wilson';
import { Link } from 'react-router';
import { type Count, countText, type Figure, figureSortValue, figureText, isSuppressed } from '../../lib/figures';
import type { TableColumn } from '../data-table';
import { CountValue, FigureValue } from '../figure-cell';
import { JudgementMarker } from './judgement-badge';

/** A figure with, for a proportion measure of a locality or region, its judgement against England. */
export type JudgedFigure = Figure & { vsEngland?: EnglandComparison; vsEngland998?: EnglandComparison };

export interface MeasureRow {
  label: string;
  /** A link to the place's own dashboard, where the user may open it. */
  href?: string;
  traineesInPost: Count;
  measures: Partial<Record<MeasureCode, JudgedFigure>>;
}

/**
 * Columns of a label, trainees in post and each measure; with `judgedAt`, each judged figure's cell
 * is coloured Better / Similar / Worse than England at that level, with a text marker.
 */
export function buildMeasureColumns<Row extends MeasureRow>(
  labelHeader: string,
  codes: readonly MeasureCode[],
  judgedAt?: ConfidenceLevel,
): TableColumn<Row>[] {
  const judgementOf = (figure: JudgedFigure | undefined) =>
    judgedAt === undefined ? undefined : judgedAt === 95 ? figure?.vsEngland : figure?.vsEngland998;
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
      text: (row) => countText(row.traineesInPost),
      sortValue: (row) => (isSuppressed(row.traineesInPost) ? null : row.traineesInPost),
      render: (row) => <CountValue count={row.traineesInPost} />,
    },
    ...codes.map((code): TableColumn<Row> => {
      const measure = MEASURES.find((m) => m.code === code)!;
      return {
        id: code,
        header: `${code} ${measure.name}`,
        numeric: true,
        text: (row) => (row.measures[code] ? figureText(measure.unit, row.measures[code]) : ''),
        sortValue: (row) => (row.measures[code] ? figureSortValue(row.measures[code]) : null),
        cellClass: (row) => {
          const judgement = judgementOf(row.measures[code]);
          return judgement && `judged judged-${judgement.replace(' ', '-')}`;
        },
        render: (row) => {
          const figure = row.measures[code];
          if (!figure) return null;
          const judgement = judgementOf(figure);
          return (
            <>
              <FigureValue unit={measure.unit} figure={figure} />
              {judgement ? <JudgementMarker judgement={judgement} /> : null}
            </>
          );
        },
      };
    }),
  ];
}
