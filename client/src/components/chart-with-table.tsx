/** A chart whose numbers are always one click away as a table (and so exportable to CSV). */
import { type ReactNode, useId, useState } from 'react';

interface ChartWithTableProps {
  title: string;
  /** One sentence saying what the chart shows, read by screen readers in place of the drawing. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}

export function ChartWithTable({ title, summary, chart, table }: ChartWithTableProps) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  return (
    <figure className="chart-with-table" aria-labelledby={headingId}>
      <div className="chart-header">
        <h3 id={headingId}>{title}</h3>
        <button
          type="button"
          className="button-secondary"
          aria-pressed={showTable}
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? 'Show chart' : 'Show numbers as a table'}
        </button>
      </div>
      {showTable ? (
        table
      ) : (
        <div className="chart" role="img" aria-label={summary}>
          {chart}
        </div>
      )}
    </figure>
  );
}
