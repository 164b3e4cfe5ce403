/**
 * The NHS England "Making Data Count" variation and assurance icons, each an image whose text
 * alternative says what it means (the icon's colour and letter are never the only cue), with a
 * short visible word beside it.
 */
import type { NOT_COMPARED } from '@ldm/shared/disclosure';
import type { SpcAssurance, SpcSignal, SpcVariation } from '@ldm/shared/statistics/spc';

export type SpcSignalShown = SpcSignal | typeof NOT_COMPARED;

const BLUE = '#005eb8';
const ORANGE = '#a84f00';
const GREY = '#4c6272';

const VARIATION: Record<SpcVariation, { letter: string; colour: string; word: string; text: string }> = {
  improvement: {
    letter: 'H',
    colour: BLUE,
    word: 'Improving',
    text: 'Special cause variation — improving (higher values)',
  },
  concern: {
    letter: 'L',
    colour: ORANGE,
    word: 'Concerning',
    text: 'Special cause variation — concerning (lower values)',
  },
  'common cause': {
    letter: '~',
    colour: GREY,
    word: 'Common cause',
    text: 'Common cause variation — no significant change',
  },
};

const ASSURANCE: Record<Exclude<SpcAssurance, null>, { letter: string; colour: string; word: string; text: string }> = {
  pass: { letter: 'P', colour: BLUE, word: 'Passing', text: 'Consistently passing the target' },
  fail: { letter: 'F', colour: ORANGE, word: 'Failing', text: 'Consistently failing the target' },
  'hit or miss': {
    letter: '?',
    colour: GREY,
    word: 'Hit and miss',
    text: 'Hit and miss: the target lies between the process limits',
  },
};

function Icon({ letter, colour, word, text }: { letter: string; colour: string; word: string; text: string }) {
  return (
    <span className="spc-icon">
      <svg role="img" aria-label={text} width="28" height="28" viewBox="0 0 28 28">
        <circle cx="14" cy="14" r="12" fill="#ffffff" stroke={colour} strokeWidth="3" />
        <text x="14" y="19" textAnchor="middle" fontSize="14" fontWeight="bold" fill={colour}>
          {letter}
        </text>
      </svg>
      <span aria-hidden="true">{word}</span>
    </span>
  );
}

export function VariationIcon({ variation }: { variation: SpcVariation }) {
  return <Icon {...VARIATION[variation]} />;
}

export function AssuranceIcon({ assurance }: { assurance: SpcAssurance }) {
  if (assurance === null) return <span>No target set</span>;
  return <Icon {...ASSURANCE[assurance]} />;
}

/** What a point's signal means, in words (for the chart's summary and its table). */
export function signalText(signal: SpcSignalShown): string {
  if (signal === 'improvement') return 'special cause — improvement';
  if (signal === 'concern') return 'special cause — concern';
  if (signal === 'not compared') return 'not compared (figure hidden)';
  return 'common cause';
}
