/** A measure over consecutive periods, against its baseline and target lines. */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../lib/format';

export interface TrendDatum {
  period: string;
  value: number | null;
}

export function TrendChart({
  data,
  baseline,
  target,
  maximum = 1,
}: {
  data: TrendDatum[];
  baseline: number | null;
  target: number | null;
  maximum?: number;
}) {
  const tick = (v: number) => (maximum === 1 ? `${Math.round(v * 100)}%` : String(v));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={data} margin={{ left: 8, right: 24, top: 16, bottom: 8 }}>
        <CartesianGrid stroke="#d8dde0" />
        <XAxis dataKey="period" />
        <YAxis domain={[0, maximum]} tickFormatter={tick} />
        <Tooltip
          formatter={(value) => (typeof value === 'number' && maximum === 1 ? formatPercent(value) : String(value))}
        />
        {baseline !== null ? (
          <ReferenceLine
            y={baseline}
            stroke="#4c6272"
            strokeDasharray="6 4"
            label={{ value: 'baseline', position: 'insideTopLeft', fill: '#212b32' }}
          />
        ) : null}
        {target !== null ? (
          <ReferenceLine
            y={target}
            stroke="#007f3b"
            strokeDasharray="2 3"
            label={{ value: 'target', position: 'insideTopRight', fill: '#212b32' }}
          />
        ) : null}
        <Line
          dataKey="value"
          name="Value"
          stroke="#005eb8"
          strokeWidth={3}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
