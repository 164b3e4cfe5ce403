/** Better / Similar / Worse than England: the word carries the meaning, the Fingertips colour reinforces it. */
import type { EnglandComparison } from '@ldm/shared/statistics/wilson';

const WORDS: Record<EnglandComparison, string> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  'not compared': 'Not compared',
};

export function JudgementBadge({ judgement }: { judgement: EnglandComparison }) {
  return <span className={`judgement judgement-${judgement.replace(' ', '-')}`}>{WORDS[judgement]}</span>;
}
