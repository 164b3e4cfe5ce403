/**
 * A funnel plot: each locality's share against its denominator, with the 95% and 99.8% limits
 * around England's value; outliers (outside 99.8%) are drawn in red and labelled.
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

export function FunnelPlot({
  centre,
  curve,
  points,
}: {
  centre: number;
  curve: FunnelLimits[];
  points: FunnelPoint[];
}) {
  const lines = curve.map((limit) => ({ ...limit, centre }));
  const outliers = points.filter((p) => p.outlier);
  const inliers = points.filter((p) => !p.outlier);
  return (
    <ResponsiveContainer width="100%" height={320}>
      <ComposedChart data={lines} margin={{ left: 8, right: 24, top: 8, bottom: 24 }}>
        <CartesianGrid stroke="#d8dde0" />
        <XAxis
          type="number"
          dataKey="denominator"
          domain={[0, 'dataMax']}
          label={{ value: 'Trainees (denominator)', position: 'insideBottom', offset: -12 }}
        />
        <YAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
        <Tooltip
          formatter={(value) => (typeof value === 'number' && value <= 1 ? formatPercent(value) : String(value))}
        />
        <Line dataKey="centre" name="England" stroke="#212b32" dot={false} isAnimationActive={false} />
        <Line
          dataKey="upper95"
          name="95% limit"
          stroke="#4c6272"
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="lower95"
          name="95% limit"
          stroke="#4c6272"
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="upper998"
          name="99.8% limit"
          stroke="#4c6272"
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="lower998"
          name="99.8% limit"
          stroke="#4c6272"
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
        <Scatter data={inliers} dataKey="value" name="Locality" fill="#005eb8" isAnimationActive={false} />
        <Scatter data={outliers} dataKey="value" name="Outlier" fill="#d5281b" isAnimationActive={false}>
          <LabelList dataKey="code" position="top" fill="#8a1c12" fontSize={12} />
        </Scatter>
      </ComposedChart>
    </ResponsiveContainer>
  );
}
