/**
 * Which self-assessment counts for a period (the heat map, the report snapshot): "the latest
 * assessment in or before P" — the greatest assessment date on or before P's last day; on the same
 * date, the one saved last. This is exactly M7's rule (shared/src/measures/locality-measures.ts
 * `scoreSelfAssessment`; a test holds the two together), so a report's summary matches its M7.
 */
import { mustParsePeriod } from '@ldm/shared';

interface Dated {
  id: number;
  assessed_on: string;
}

export function pickLatestInOrBefore<T extends Dated>(assessments: readonly T[], periodLabel: string): T | undefined {
  const periodEnd = mustParsePeriod(periodLabel).to;
  let latest: T | undefined;
  for (const item of assessments) {
    if (item.assessed_on > periodEnd) continue;
    if (
      !latest ||
      item.assessed_on > latest.assessed_on ||
      (item.assessed_on === latest.assessed_on && item.id > latest.id)
    )
      latest = item;
  }
  return latest;
}

/** Mean score over the principles scored: the M7 value (sum ÷ count); null with no scores. */
export function meanScore(scores: readonly { score: number }[]): number | null {
  if (scores.length === 0) return null;
  return scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
}
