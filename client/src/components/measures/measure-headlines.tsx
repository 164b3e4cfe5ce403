/**
 * Headline figures: one card per measure with its value and the counts behind it; for a locality
 * beside England, each card also gives England's value and, for a judged measure, the judgement in words.
 */
import { MEASURES, type MeasureCode } from '@ldm/shared';
import type { EnglandComparison } from '@ldm/shared/statistics/wilson';
import { type Count, countsText, type Figure } from '../../lib/figures';
import { CountValue, FigureValue } from '../figure-cell';
import { JudgementBadge } from './judgement-badge';

/** England's figures to show beside a locality's, and the locality's judgement for each judged measure. */
export interface BesideEngland {
  traineesInPost: Count;
  measures: Record<MeasureCode, Figure>;
  judgementOf: (code: MeasureCode) => EnglandComparison | undefined;
}

export function MeasureHeadlines({
  traineesInPost,
  measures,
  england,
}: {
  traineesInPost: Count;
  measures: Record<MeasureCode, Figure>;
  england?: BesideEngland;
}) {
  return (
    <ul className="headlines">
      <li className="headline">
        <span className="headline-label">Trainees in post</span>
        <span className="headline-value">
          <CountValue count={traineesInPost} />
        </span>
        {england ? (
          <span className="headline-england">
            England: <CountValue count={england.traineesInPost} />
          </span>
        ) : null}
      </li>
      {MEASURES.map((measure) => {
        const figure = measures[measure.code];
        const judgement = england?.judgementOf(measure.code);
        return (
          <li className="headline" key={measure.code} data-measure={measure.code}>
            <span className="headline-label">
              {measure.code} {measure.name}
            </span>
            <span className="headline-value">
              <FigureValue unit={measure.unit} figure={figure} />
            </span>
            <span className="headline-detail">{detailOf(measure.unit, figure)}</span>
            {england ? (
              <span className="headline-england">
                England: <FigureValue unit={measure.unit} figure={england.measures[measure.code]} />
              </span>
            ) : null}
            {judgement ? <JudgementBadge judgement={judgement} inFull /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The counts in plain words: "900 of 1,234 trainees", "3 of 3 stages have a tier-1 offer". */
function detailOf(unit: (typeof MEASURES)[number]['unit'], figure: Figure): string {
  if (unit === 'stages')
    return figure.denominator === 3
      ? `${figure.numerator} of 3 stages have a tier-1 offer`
      : 'stages with a tier-1 offer, summed over localities';
  if (unit === 'score')
    return figure.denominator === 0
      ? 'no self-assessment yet'
      : `${countsText(figure).split(' of ')[1]} principles scored`;
  return countsText(figure);
}
