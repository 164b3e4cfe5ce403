/**
 * One funnel plot per proportion measure (PRODUCT.md §12.2), each with its numbers as a table.
 * The limits are adjusted for overdispersion when τ² > 0, and a switch shows the exact binomial
 * limits instead; each chart says which limits it shows with φ and τ, marks the viewer's own
 * locality and lists its outliers as text. Localities whose counts are hidden (fewer than 8) or
 * who have no data are listed in the table but not drawn.
 */
import { MEASURES } from '@ldm/shared';
import { shareOf } from '@ldm/shared/disclosure';
import { FIGURE_CSV_COLUMNS } from '@ldm/shared/measure-cells';
import { useId, useState } from 'react';
import { FunnelPlot, type FunnelPoint } from '../../charts/funnel-plot';
import { countText, exportedFigureCells, isSuppressed } from '../../lib/figures';
import { formatPercent, NO_DATA } from '../../lib/format';
import { nameOfPlace } from '../../lib/places';
import type { RouterOutputs } from '../../lib/trpc';
import { useSessionUser } from '../../lib/use-session';
import { ChartWithTable } from '../chart-with-table';
import { DataTable, type TableColumn, type TableCsv } from '../data-table';

type Funnel = RouterOutputs['measure']['national']['funnels'][number];
type PointRow = Funnel['points'][number];
type Limits = 'adjusted' | 'exact';

const FLAG_WORDS = {
  high: 'above the 99.8% limit (outlier, high)',
  low: 'below the 99.8% limit (outlier, low)',
  'not compared': 'not compared (figure hidden)',
} as const;

function shareText(row: PointRow): string {
  if (isSuppressed(row.numerator) || isSuppressed(row.denominator)) return '*';
  return row.denominator === 0 ? NO_DATA : formatPercent(row.numerator / row.denominator);
}

const flagText = (flag: PointRow['flag']) => (flag ? FLAG_WORDS[flag] : 'within the limits');

function columns(shown: Limits): TableColumn<PointRow>[] {
  return [
    { id: 'locality', header: 'Locality', text: (row) => nameOfPlace(row.localityCode) },
    { id: 'numerator', header: 'Numerator', numeric: true, text: (row) => countText(row.numerator) },
    { id: 'denominator', header: 'Denominator', numeric: true, text: (row) => countText(row.denominator) },
    { id: 'share', header: 'Share', numeric: true, text: shareText },
    {
      id: 'flag',
      header: shown === 'adjusted' ? 'Against adjusted limits' : 'Against exact limits',
      text: (row) => flagText(shown === 'adjusted' ? row.flag : row.exactFlag),
    },
  ];
}

/**
 * A row per locality: its figures as data, England's value (the funnel's centre, to 4 places like
 * every value; empty when England's figure is hidden) and both flags, whichever limits are drawn.
 */
function funnelCsv(funnel: Funnel): TableCsv<PointRow> {
  const englandValue = funnel.centre === null ? null : Math.round(funnel.centre * 10_000) / 10_000;
  return {
    header: [
      'locality_code',
      'locality_name',
      'measure',
      ...FIGURE_CSV_COLUMNS,
      'england_value',
      'vs_adjusted_limits',
      'vs_exact_limits',
    ],
    rows: (row) => [
      [
        row.localityCode,
        nameOfPlace(row.localityCode),
        funnel.measureCode,
        ...exportedFigureCells(funnel.measureCode, { ...row, value: shareOf(row.numerator, row.denominator) }),
        englandValue,
        row.flag ?? 'within',
        row.exactFlag ?? 'within',
      ],
    ],
  };
}

/** Which limits a funnel shows, and why, in words. */
function limitsText(funnel: Funnel, shown: Limits): string {
  const phi = funnel.phi === null ? '' : `φ = ${funnel.phi.toFixed(2)}`;
  if (!funnel.tau2) return `Exact binomial limits: no overdispersion beyond chance (${phi}, τ = 0).`;
  const tau = `τ = ${Math.sqrt(funnel.tau2).toFixed(4)}`;
  return shown === 'adjusted'
    ? `Limits adjusted for overdispersion (${phi}, ${tau} on the arcsine scale).`
    : `Exact binomial limits, not adjusted for the overdispersion found (${phi}, ${tau}).`;
}

export function FunnelSection({ funnels }: { funnels: Funnel[] }) {
  const user = useSessionUser();
  const [limits, setLimits] = useState<Limits>('adjusted');
  const switchId = useId();
  return (
    <>
      <fieldset className="inline-choice">
        <legend id={switchId}>Funnel limits</legend>
        {(
          [
            ['adjusted', 'Adjusted for overdispersion where found (Spiegelhalter 2005)'],
            ['exact', 'Exact binomial limits'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={switchId}
              value={value}
              checked={limits === value}
              onChange={() => setLimits(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <div className="chart-grid">
        {funnels.map((funnel) => (
          <MeasureFunnel key={funnel.measureCode} funnel={funnel} limits={limits} ownCode={user.localityCode} />
        ))}
      </div>
    </>
  );
}

function MeasureFunnel({ funnel, limits, ownCode }: { funnel: Funnel; limits: Limits; ownCode: string | null }) {
  const measure = MEASURES.find((m) => m.code === funnel.measureCode)!;
  const shown: Limits = limits === 'adjusted' && funnel.adjustedCurve.length ? 'adjusted' : 'exact';
  const flagOf = (p: PointRow) => (shown === 'adjusted' ? p.flag : p.exactFlag);
  const isOutlier = (p: PointRow) => flagOf(p) === 'high' || flagOf(p) === 'low';
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
  const outliers = funnel.points.filter(isOutlier).map((p) => `${nameOfPlace(p.localityCode)} (${flagOf(p)})`);
  const outliersText = `Outliers: ${outliers.join(', ') || 'none'}.`;
  const title = `${measure.code} ${measure.name}: funnel plot`;
  const noCentre = funnel.centreSuppressed
    ? "England's figure is fewer than 8 (hidden), so no funnel is drawn."
    : 'No data for England in this period.';
  const own = ownCode ? ` Your locality, ${nameOfPlace(ownCode)}, is the labelled diamond.` : '';
  return (
    <div>
      <ChartWithTable
        title={title}
        summary={
          funnel.centre === null
            ? `${measure.name}: ${noCentre}`
            : `${measure.name} for each locality against its ${measure.denominator.toLowerCase()}, around England's ${formatPercent(funnel.centre)}. ${limitsText(funnel, shown)} ${outliersText}${own}`
        }
        chart={
          funnel.centre === null ? (
            <p className="no-data">{noCentre}</p>
          ) : (
            <FunnelPlot
              centre={funnel.centre}
              curve={shown === 'adjusted' ? funnel.adjustedCurve : funnel.curve}
              points={points}
              ownCode={ownCode}
              axisLabel={measure.denominator}
            />
          )
        }
        table={
          <DataTable
            caption={title}
            columns={columns(shown)}
            rows={funnel.points}
            csv={funnelCsv(funnel)}
            exportName={`funnel-${measure.code}`}
          />
        }
      />
      {funnel.centre !== null && (
        <p className="chart-note">
          {limitsText(funnel, shown)} {outliersText}
        </p>
      )}
    </div>
  );
}
