/**
 * An SPC chart (PRODUCT.md §12.3, NHS England "Making Data Count"): a measure's quarterly values
 * with the mean and the process limits, or — when there is no SPC reading — a plain run chart with
 * neither. Special-cause points are drawn by shape as well as colour: a triangle pointing up for
 * an improvement, down for a concern, a small circle for common cause.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SpcSignalShown } from '../components/measures/spc-icons';

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
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ left: 8, right: 24, top: 16, bottom: 8 }}>
        <CartesianGrid stroke="#d8dde0" />
        <XAxis dataKey="period" interval="preserveStartEnd" />
        <YAxis type="number" domain={[low - margin, high + margin]} tickFormatter={format} allowDataOverflow />
        {lines ? (
          <>
            <ReferenceLine
              y={lines.mean}
              stroke="#212b32"
              label={{ value: 'mean', position: 'insideTopLeft', fill: '#212b32' }}
            />
            {[lines.upperProcessLimit, lines.lowerProcessLimit].map((y, i) => (
              <ReferenceLine
                key={i === 0 ? 'upper' : 'lower'}
                y={y}
                stroke="#4c6272"
                strokeDasharray="6 4"
                label={{
                  value: i === 0 ? 'upper process limit' : 'lower process limit',
                  position: i === 0 ? 'insideTopLeft' : 'insideBottomLeft',
                  fill: '#212b32',
                }}
              />
            ))}
          </>
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
          stroke="#768692"
          strokeWidth={2}
          dot={<PointShape />}
          activeDot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
