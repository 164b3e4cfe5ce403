/** One measure over periods, one line per place (localities for the national view). */
import { Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { LineChartFrame, measureTick } from './line-chart-frame';

const PALETTE = [
  '#005eb8',
  '#d5281b',
  '#007f3b',
  '#330072',
  '#ed8b00',
  '#00a499',
  '#ae2573',
  '#425563',
  '#7c2855',
  '#41b6e6',
  '#8a1c12',
  '#006747',
  '#212b32',
];

export interface MultiTrendSeries {
  label: string;
  /** Value per period label; null where hidden or no data. */
  values: Record<string, number | null>;
}

export function MultiTrendChart({
  periods,
  series,
  maximum = 1,
}: {
  periods: string[];
  series: MultiTrendSeries[];
  maximum?: number;
}) {
  const data = periods.map((period) =>
    Object.fromEntries([['period', period], ...series.map((s) => [s.label, s.values[period] ?? null])]),
  );
  const tick = measureTick(maximum);
  return (
    <LineChartFrame data={data} height={340} top={8}>
      <XAxis dataKey="period" />
      <YAxis domain={[0, maximum]} tickFormatter={tick} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? tick(value) : String(value))} />
      <Legend />
      {series.map((s, index) => (
        <Line
          key={s.label}
          dataKey={s.label}
          stroke={PALETTE[index % PALETTE.length]}
          strokeWidth={2}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChartFrame>
  );
}
