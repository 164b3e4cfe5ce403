/**
 * Which self-assessment counts for a period (M7, the heat map, the report snapshot): the latest
 * one "in or before P" — its review period ends on or before P's last day. Among those, the one
 * whose review period ends last; a year and its Q4 end on the same day, so then the one assessed
 * later (and, on the same day, the one saved last) wins.
 */
import { mustParsePeriod } from '@ldm/shared';

interface Dated {
  id: number;
  period: string;
  assessed_on: string;
}

export function pickLatestInOrBefore<T extends Dated>(assessments: readonly T[], periodLabel: string): T | undefined {
  const periodEnd = mustParsePeriod(periodLabel).to;
  let best: { item: T; end: string } | undefined;
  for (const item of assessments) {
    const end = mustParsePeriod(item.period).to;
    if (end > periodEnd) continue;
    if (!best || compareRecency({ item, end }, best) > 0) best = { item, end };
  }
  return best?.item;
}

function compareRecency(a: { item: Dated; end: string }, b: { item: Dated; end: string }): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.item.assessed_on !== b.item.assessed_on) return a.item.assessed_on < b.item.assessed_on ? -1 : 1;
  return a.item.id - b.item.id;
}

/** Mean score over the principles scored: the M7 value (sum ÷ count); null with no scores. */
export function meanScore(scores: readonly { score: number }[]): number | null {
  if (scores.length === 0) return null;
  return scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
}
