/**
 * An SPC chart (PRODUCT.md §12.3, NHS England "Making Data Count"): a measure's quarterly values
 * with the mean and the process limits, or — when there is no SPC reading — a plain run chart with
 * neither. Special-cause points are drawn by shape as well as colour: a triangle pointing up for
 * an improvement, down for a concern, a small circle for common cause.
 */
import { Line, XAxis, YAxis } from 'recharts';
import type { SpcSignalShown } from '../components/measures/spc-icons';
import { LabelledLine, LineChartFrame, TargetLine } from './line-chart-frame';

export interface SpcDatum {
  period: string;
  value: number | null;
  signal: SpcSignalShown;
}

export interface SpcLines {
  mean: number;
  upperProcessLimit: number;
  lowerProcessLimit: number;
}

const IMPROVEMENT = '#005eb8';
const CONCERN = '#a84f00';
const COMMON = '#4c6272';

function PointShape({ cx, cy, payload }: { cx?: number; cy?: number; payload?: SpcDatum }) {
  if (cx === undefined || cy === undefined || payload?.value === null || payload === undefined) return null;
  if (payload.signal === 'improvement')
    return <polygon points={`${cx},${cy - 8} ${cx - 7},${cy + 5} ${cx + 7},${cy + 5}`} fill={IMPROVEMENT} />;
  if (payload.signal === 'concern')
    return <polygon points={`${cx},${cy + 8} ${cx - 7},${cy - 5} ${cx + 7},${cy - 5}`} fill={CONCERN} />;
  return <circle cx={cx} cy={cy} r={3.5} fill={COMMON} />;
}

export function SpcChart({
  data,
  lines,
  target,
  format,
}: {
  data: SpcDatum[];
  /** Mean and process limits; null draws a run chart. */
  lines: SpcLines | null;
  target: number | null;
  /** A value on the chart's scale as an axis tick. */
  format: (value: number) => string;
}) {
  const values = [
    ...data.flatMap((d) => (d.value === null ? [] : [d.value])),
    ...(lines ? [lines.upperProcessLimit, lines.lowerProcessLimit] : []),
    ...(target === null ? [] : [target]),
  ];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const margin = Math.max((high - low) * 0.08, 0.005);
  return (
    <LineChartFrame data={data} height={260}>
      <XAxis dataKey="period" interval="preserveStartEnd" />
      <YAxis type="number" domain={[low - margin, high + margin]} tickFormatter={format} allowDataOverflow />
      {lines ? (
        <>
          <LabelledLine y={lines.mean} label="mean" look="solid" position="insideTopLeft" />
          <LabelledLine
            y={lines.upperProcessLimit}
            label="upper process limit"
            look="dashed"
            position="insideTopLeft"
          />
          <LabelledLine
            y={lines.lowerProcessLimit}
            label="lower process limit"
            look="dashed"
            position="insideBottomLeft"
          />
        </>
      ) : null}
      <TargetLine target={target} />
      <Line
        dataKey="value"
        name="Value"
        stroke="#768692"
        strokeWidth={2}
        dot={<PointShape />}
        activeDot={false}
        connectNulls={false}
        isAnimationActive={false}
      />
    </LineChartFrame>
  );
}
