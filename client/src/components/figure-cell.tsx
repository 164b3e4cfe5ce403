import type { MeasureUnit } from '@ldm/shared';
import { type Count, type Figure, figureText, isSuppressed } from '../lib/figures';
import { formatCount, NO_DATA } from '../lib/format';
import { SuppressedMark } from './suppressed';

/** A measure's value on screen: `*` with its explanation, "no data" in grey, or the value. */
export function FigureValue({ unit, figure }: { unit: MeasureUnit; figure: Figure }) {
  if (isSuppressed(figure.value)) return <SuppressedMark />;
  const text = figureText(unit, figure);
  return text === NO_DATA ? <span className="no-data">{text}</span> : text;
}

export function CountValue({ count }: { count: Count }) {
  return isSuppressed(count) ? <SuppressedMark /> : formatCount(count);
}
