/**
 * A locality's proportion measures beside England's (PRODUCT.md §12.1): its figure, its Wilson
 * interval (for those who see exact counts) and Better / Similar / Worse than England, in words
 * and in the Fingertips colours; 95% by default with a switch to 99.8%.
 */
import { MEASURES } from '@ldm/shared';
import type { ConfidenceLevel } from '@ldm/shared/statistics/confidence';
import { useId, useState } from 'react';
import { type Figure, figureText } from '../../lib/figures';
import { formatPercent } from '../../lib/format';
import type { RouterOutputs } from '../../lib/trpc';
import { DataTable, type TableColumn } from '../data-table';
import { JudgementBadge } from './judgement-badge';

type Comparison = RouterOutputs['measure']['locality']['comparedWithEngland'][number];
type Row = Comparison & { figure: Figure };

function columns(level: ConfidenceLevel, placeName: string): TableColumn<Row>[] {
  const interval = (row: Row) => (level === 95 ? row.ci95 : row.ci998);
  const judgement = (row: Row) => (level === 95 ? row.vsEngland : row.vsEngland998);
  return [
    {
      id: 'measure',
      header: 'Measure',
      text: (row) => `${row.measureCode} ${MEASURES.find((m) => m.code === row.measureCode)!.name}`,
    },
    { id: 'value', header: placeName, numeric: true, text: (row) => figureText('proportion', row.figure) },
    {
      id: 'interval',
      header: `${level}% interval`,
      numeric: true,
      text: (row) => {
        const ends = interval(row);
        return ends ? `${formatPercent(ends[0])} to ${formatPercent(ends[1])}` : '—';
      },
    },
    { id: 'england', header: 'England', numeric: true, text: (row) => figureText('proportion', row.england) },
    {
      id: 'judgement',
      header: 'Compared with England',
      text: (row) => judgement(row),
      render: (row) => <JudgementBadge judgement={judgement(row)} />,
    },
  ];
}

export function EnglandComparisonSection({
  comparisons,
  measures,
  placeName,
  exportName,
  onExport,
}: {
  comparisons: Comparison[];
  measures: Record<string, Figure>;
  placeName: string;
  exportName: string;
  /** Saves the table as data from the server (docs/open-data.md) instead of the text shown. */
  onExport?: () => void;
}) {
  const [level, setLevel] = useState<ConfidenceLevel>(95);
  const name = useId();
  const rows = comparisons.map((c) => ({ ...c, figure: measures[c.measureCode]! }));
  return (
    <section className="section" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>Compared with England</h2>
      <p>
        Better or worse means the whole {level}% confidence interval (Wilson score) lies above or below England's value;
        similar means it includes England's value.
      </p>
      <fieldset className="inline-choice">
        <legend>Confidence level</legend>
        {([95, 99.8] as const).map((value) => (
          <label key={value}>
            <input type="radio" name={name} checked={level === value} onChange={() => setLevel(value)} /> {value}%
          </label>
        ))}
      </fieldset>
      <DataTable
        caption={`${placeName} compared with England at ${level}%`}
        columns={columns(level, placeName)}
        rows={rows}
        exportName={exportName}
        onExport={onExport}
      />
      <JudgementLegend />
    </section>
  );
}

export function JudgementLegend() {
  return (
    <p className="judgement-legend">
      Key: <JudgementBadge judgement="better" /> <JudgementBadge judgement="similar" />{' '}
      <JudgementBadge judgement="worse" /> <JudgementBadge judgement="not compared" />
    </p>
  );
}
