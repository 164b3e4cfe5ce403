/**
 * What the trend, multi-trend and SPC charts share: the frame and grid, the axis ticks of a share
 * or a count, and the reference lines (baseline, target, mean, process limits) drawn alike on each.
 */
import type { ReactNode } from 'react';
import { CartesianGrid, LineChart, ReferenceLine, ResponsiveContainer } from 'recharts';

export function LineChartFrame<Datum extends object>({
  data,
  height,
  top = 16,
  children,
}: {
  data: Datum[];
  height: number;
  /** Room above the plot, for the reference lines' labels. */
  top?: number;
  children: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ left: 8, right: 24, top, bottom: 8 }}>
        <CartesianGrid stroke="#d8dde0" />
        {children}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** A measure's axis tick: a whole percentage when the measure is a share (maximum 1), else the count. */
export const measureTick = (maximum: number) => (value: number) =>
  maximum === 1 ? `${Math.round(value * 100)}%` : String(value);

const DASHES = { solid: undefined, dashed: '6 4', dotted: '2 3' } as const;
const STROKES = { solid: '#212b32', dashed: '#4c6272', dotted: '#007f3b' } as const;

/** A labelled horizontal line; nothing when there is no value to draw. */
export function LabelledLine({
  y,
  label,
  look,
  position,
}: {
  y: number | null;
  label: string;
  look: keyof typeof DASHES;
  position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft';
}) {
  if (y === null) return null;
  return (
    <ReferenceLine
      y={y}
      stroke={STROKES[look]}
      strokeDasharray={DASHES[look]}
      label={{ value: label, position, fill: '#212b32' }}
    />
  );
}

export const TargetLine = ({ target }: { target: number | null }) => (
  <LabelledLine y={target} label="target" look="dotted" position="insideTopRight" />
);
