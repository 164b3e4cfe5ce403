/** One measure across localities or regions as horizontal bars; hidden or missing values draw no bar. */
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../lib/format';

export interface BarDatum {
  label: string;
  value: number | null;
  /** What to print at the bar's end: the value, `*` or "no data". */
  text: string;
}

/** `maximum` is 1 for shares (drawn as percentages), 3 for stages with a floor and self-assessment scores. */
export function BarChartByGroup({ data, maximum = 1 }: { data: BarDatum[]; maximum?: number }) {
  const tick = (v: number) => (maximum === 1 ? `${Math.round(v * 100)}%` : String(v));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 72, top: 4, bottom: 4 }}>
        <CartesianGrid horizontal={false} stroke="#d8dde0" />
        <XAxis type="number" domain={[0, maximum]} tickFormatter={tick} allowDecimals={maximum === 1} />
        <YAxis type="category" dataKey="label" width={210} interval={0} tick={{ fill: '#212b32', fontSize: 13 }} />
        <Tooltip
          formatter={(value) => (typeof value === 'number' && maximum === 1 ? formatPercent(value) : String(value))}
        />
        <Bar dataKey="value" fill="#005eb8" isAnimationActive={false}>
          <LabelList dataKey="text" position="right" fill="#212b32" fontSize={13} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
