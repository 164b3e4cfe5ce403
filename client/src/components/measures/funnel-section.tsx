/**
 * One funnel plot per proportion measure, each with its numbers as a table. Localities whose
 * counts are hidden (fewer than 8) or who have no data are listed in the table but not drawn.
 */
import { MEASURES } from '@ldm/shared';
import { FunnelPlot, type FunnelPoint } from '../../charts/funnel-plot';
import { type Count, countText, exportedCount, isSuppressed } from '../../lib/figures';
import { formatPercent, NO_DATA } from '../../lib/format';
import { nameOfPlace } from '../../lib/places';
import type { RouterOutputs } from '../../lib/trpc';
import { ChartWithTable } from '../chart-with-table';
import { DataTable, type TableColumn } from '../data-table';

type Funnel = RouterOutputs['measure']['national']['funnels'][number];
type PointRow = Funnel['points'][number];

const FLAG_WORDS = {
  high: 'above the 99.8% limit (outlier)',
  low: 'below the 99.8% limit (outlier)',
  'not compared': 'not compared (fewer than 8)',
} as const;

function isOutlier(point: PointRow): boolean {
  return point.flag === 'high' || point.flag === 'low';
}

function shareText(numerator: Count, denominator: Count): string {
  if (isSuppressed(numerator) || isSuppressed(denominator)) return '*';
  return denominator === 0 ? NO_DATA : formatPercent(numerator / denominator);
}

/** `text` is what the table's CSV holds (under the rule for every locality), `render` what the screen shows. */
const COLUMNS: TableColumn<PointRow>[] = [
  { id: 'locality', header: 'Locality', text: (row) => nameOfPlace(row.localityCode) },
  {
    id: 'numerator',
    header: 'Numerator',
    numeric: true,
    text: (row) => countText(exportedCount(row.numerator)),
    render: (row) => countText(row.numerator),
  },
  {
    id: 'denominator',
    header: 'Denominator',
    numeric: true,
    text: (row) => countText(exportedCount(row.denominator)),
    render: (row) => countText(row.denominator),
  },
  {
    id: 'share',
    header: 'Share',
    numeric: true,
    text: (row) => shareText(exportedCount(row.numerator), exportedCount(row.denominator)),
    render: (row) => shareText(row.numerator, row.denominator),
  },
  {
    id: 'flag',
    header: 'Compared with England',
    text: (row) => (row.flag ? FLAG_WORDS[row.flag] : 'within the limits'),
  },
];

export function FunnelSection({ funnels }: { funnels: Funnel[] }) {
  return (
    <div className="chart-grid">
      {funnels.map((funnel) => {
        const measure = MEASURES.find((m) => m.code === funnel.measureCode)!;
        const points: FunnelPoint[] = funnel.points.flatMap((p) =>
          typeof p.numerator === 'number' && typeof p.denominator === 'number' && p.denominator > 0
            ? [
                {
                  label: nameOfPlace(p.localityCode),
                  code: p.localityCode,
                  denominator: p.denominator,
                  value: p.numerator / p.denominator,
                  outlier: isOutlier(p),
                },
              ]
            : [],
        );
        const outliers = funnel.points.filter(isOutlier).map((p) => `${nameOfPlace(p.localityCode)} (${p.flag})`);
        const title = `${measure.code} ${measure.name}: funnel plot`;
        const noCentre = funnel.centreSuppressed
          ? "England's figure is fewer than 8 (hidden), so no funnel is drawn."
          : 'No data for England in this period.';
        return (
          <ChartWithTable
            key={funnel.measureCode}
            title={title}
            summary={
              funnel.centre === null
                ? `${measure.name}: ${noCentre}`
                : `${measure.name} for each locality against its number of trainees, around England's ${formatPercent(funnel.centre)}. Outliers: ${outliers.join(', ') || 'none'}.`
            }
            chart={
              funnel.centre === null ? (
                <p className="no-data">{noCentre}</p>
              ) : (
                <FunnelPlot centre={funnel.centre} curve={funnel.curve} points={points} />
              )
            }
            table={
              <DataTable caption={title} columns={COLUMNS} rows={funnel.points} exportName={`funnel-${measure.code}`} />
            }
          />
        );
      })}
    </div>
  );
}
