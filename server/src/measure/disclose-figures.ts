/**
 * Applies the shared disclosure rule to measure figures for a viewer. §4: "Outside a user's own
 * locality … a count from 1 to 7 … is shown as *". Admin and national users have no own locality,
 * so every locality is suppressed for them (team decision). Only proportion measures count people;
 * M2 (stages) and M7 (scores) are never suppressed.
 */
import { type MeasureCode, PROPORTION_MEASURES } from '@ldm/shared';
import { type DisclosedFigures, discloseCount, discloseFigures } from '@ldm/shared/disclosure';
import type { MeasureSet, MeasureValue } from '@ldm/shared/measures';
import { seesUnsuppressed } from '../auth/policy';
import type { SessionUser } from '../context';

const COUNTS_PEOPLE: ReadonlySet<string> = new Set(PROPORTION_MEASURES);

export type DisclosedMeasureSet = Record<MeasureCode, DisclosedFigures>;

export function mustSuppress(user: SessionUser, localityCode: string | null): boolean {
  return localityCode === null || !seesUnsuppressed(user, localityCode);
}

export function discloseMeasure(measureCode: string, figures: MeasureValue, suppress: boolean): DisclosedFigures {
  return suppress && COUNTS_PEOPLE.has(measureCode) ? discloseFigures(figures) : figures;
}

export function discloseMeasureSet(measures: MeasureSet, suppress: boolean): DisclosedMeasureSet {
  return Object.fromEntries(
    Object.entries(measures).map(([code, figures]) => [code, discloseMeasure(code, figures, suppress)]),
  ) as DisclosedMeasureSet;
}

export function discloseTraineeCount(count: number, suppress: boolean): number | '*' {
  return suppress ? discloseCount(count) : count;
}
