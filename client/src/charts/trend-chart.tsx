/** A measure over consecutive periods, against its baseline and target lines. */
import { Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../lib/format';
import { LabelledLine, LineChartFrame, measureTick, TargetLine } from './line-chart-frame';

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
  return (
    <LineChartFrame data={data} height={240}>
      <XAxis dataKey="period" />
      <YAxis domain={[0, maximum]} tickFormatter={measureTick(maximum)} />
      <Tooltip
        formatter={(value) => (typeof value === 'number' && maximum === 1 ? formatPercent(value) : String(value))}
      />
      <LabelledLine y={baseline} label="baseline" look="dashed" position="insideTopLeft" />
      <TargetLine target={target} />
      <Line
        dataKey="value"
        name="Value"
        stroke="#005eb8"
        strokeWidth={3}
        connectNulls={false}
        isAnimationActive={false}
      />
    </LineChartFrame>
  );
}
