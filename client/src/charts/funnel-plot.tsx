/**
 * A funnel plot: each locality's share against its denominator, with the 95% and 99.8% limits
 * around England's value (exact or adjusted for overdispersion — the caller chooses), zoomed to
 * the data. Outliers are drawn in red and labelled; the viewer's own locality is a larger
 * diamond with its code, so it is found without relying on colour.
 */

import type { FunnelLimits } from '@ldm/shared/statistics/binomial-funnel';
import {
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent } from '../lib/format';

export interface FunnelPoint {
  label: string;
  /** Short label drawn beside an outlier (the locality code), so neighbours stay readable. */
  code: string;
  denominator: number;
  value: number;
  outlier: boolean;
}

/** The limit curves: 95% dashed, 99.8% dotted, each above and below England's value. */
const FUNNEL_LIMITS = [
  { key: 'upper95', name: '95% limit', dash: '6 4' },
  { key: 'lower95', name: '95% limit', dash: '6 4' },
  { key: 'upper998', name: '99.8% limit', dash: '2 3' },
  { key: 'lower998', name: '99.8% limit', dash: '2 3' },
] as const satisfies { key: keyof FunnelLimits; name: string; dash: string }[];

/** A y range that holds every point and the limits over the points' denominators, with a margin. */
function zoomToData(points: FunnelPoint[], curve: FunnelLimits[], centre: number): [number, number] {
  const smallest = Math.min(...points.map((p) => p.denominator));
  const inRange = curve.filter((limit) => limit.denominator >= smallest / 2);
  const values = [
    centre,
    ...points.map((p) => p.value),
    ...inRange.flatMap((limit) => [limit.lower998, limit.upper998]),
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = Math.max((high - low) * 0.08, 0.005);
  return [Math.max(0, low - margin), Math.min(1, high + margin)];
}

export function FunnelPlot({
  centre,
  curve,
  points,
  ownCode,
  axisLabel,
}: {
  centre: number;
  curve: FunnelLimits[];
  points: FunnelPoint[];
  /** The viewer's own locality, marked on the plot. */
  ownCode: string | null;
  /** What the denominator counts, e.g. "Trainees in post". */
  axisLabel: string;
}) {
  const smallest = Math.min(...points.map((p) => p.denominator));
  const lines = curve.filter((limit) => limit.denominator >= smallest / 2).map((limit) => ({ ...limit, centre }));
  const own = points.filter((p) => p.code === ownCode);
  const others = points.filter((p) => p.code !== ownCode);
  const outliers = others.filter((p) => p.outlier);
  const inliers = others.filter((p) => !p.outlier);
  const [low, high] = points.length ? zoomToData(points, curve, centre) : [0, 1];
  return (
    <ResponsiveContainer width="100%" height={340}>
      <ComposedChart data={lines} margin={{ left: 8, right: 24, top: 16, bottom: 24 }}>
        <CartesianGrid stroke="#d8dde0" />
        <XAxis
          type="number"
          dataKey="denominator"
          domain={['dataMin', 'dataMax']}
          label={{ value: axisLabel, position: 'insideBottom', offset: -12 }}
        />
        <YAxis
          type="number"
          domain={[low, high]}
          allowDataOverflow
          tickFormatter={(v: number) => `${(v * 100).toFixed(high - low < 0.1 ? 1 : 0)}%`}
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' && value <= 1 ? formatPercent(value) : String(value))}
        />
        <Line dataKey="centre" name="England" stroke="#212b32" dot={false} isAnimationActive={false} />
        {FUNNEL_LIMITS.map(({ key, name, dash }) => (
          <Line
            key={key}
            dataKey={key}
            name={name}
            stroke="#4c6272"
            strokeDasharray={dash}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        <Scatter data={inliers} dataKey="value" name="Locality" fill="#005eb8" isAnimationActive={false} />
        <Scatter data={outliers} dataKey="value" name="Outlier" fill="#d5281b" isAnimationActive={false}>
          <LabelList dataKey="code" position="top" fill="#8a1c12" fontSize={12} />
        </Scatter>
        <Scatter
          data={own}
          dataKey="value"
          name="Your locality"
          fill={own[0]?.outlier ? '#d5281b' : '#330072'}
          shape="diamond"
          legendType="diamond"
          isAnimationActive={false}
        >
          <LabelList dataKey="code" position="right" fill="#212b32" fontSize={13} fontWeight="bold" />
        </Scatter>
      </ComposedChart>
    </ResponsiveContainer>
  );
}
