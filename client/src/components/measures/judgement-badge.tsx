/** Better / Similar / Worse than England: the word or marker carries the meaning, the Fingertips colour reinforces it. */
import type { ConfidenceLevel } from '@ldm/shared/statistics/confidence';
import type { EnglandComparison } from '@ldm/shared/statistics/wilson';

const WORDS: Record<EnglandComparison, string> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  'not compared': 'Not compared',
};

const PHRASES: Record<EnglandComparison, string> = {
  better: 'Better than England',
  similar: 'Similar to England',
  worse: 'Worse than England',
  'not compared': 'Not compared',
};

const inSentence = (phrase: string) => phrase.charAt(0).toLowerCase() + phrase.slice(1);

/** The text marker beside a coloured cell of the national table, so colour is never the only cue. */
export const JUDGEMENT_MARKERS: Record<EnglandComparison, string> = {
  better: '▲',
  similar: '●',
  worse: '▼',
  'not compared': '',
};

/** A figure's cell judged against England: the marker, and the judgement in words for screen readers. */
export function JudgementMarker({ judgement }: { judgement: EnglandComparison }) {
  return (
    <>
      {judgement === 'not compared' ? null : <span aria-hidden="true"> {JUDGEMENT_MARKERS[judgement]}</span>}
      <span className="visually-hidden">, {inSentence(PHRASES[judgement])}</span>
    </>
  );
}

/** The key above a coloured table: each colour with its marker and its word. */
export function JudgementKey({ level }: { level: ConfidenceLevel }) {
  return (
    <ul className="judgement-key" aria-label={`Key: compared with England at ${level}%`}>
      {(['better', 'similar', 'worse', 'not compared'] as const).map((judgement) => (
        <li key={judgement} className={`judged judged-${judgement.replace(' ', '-')}`}>
          {JUDGEMENT_MARKERS[judgement] ? <span aria-hidden="true">{JUDGEMENT_MARKERS[judgement]} </span> : null}
          {PHRASES[judgement]}
        </li>
      ))}
    </ul>
  );
}

/** The judgement's word ("Better"), or with `inFull` its phrase ("Better than England") where no column header says "compared with England". */
export function JudgementBadge({ judgement, inFull = false }: { judgement: EnglandComparison; inFull?: boolean }) {
  return (
    <span className={`judgement judgement-${judgement.replace(' ', '-')}`}>
      {(inFull ? PHRASES : WORDS)[judgement]}
    </span>
  );
}
