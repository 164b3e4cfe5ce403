/** Plain-language names for the plan's links, shared by its table and its form. */
import { PRINCIPLES, RECOMMENDATIONS } from '@ldm/shared';

/** "Recommendation 6: Explicit measures of progress…" — the report's text, shortened for a list. */
export function recommendationLabel(number: number): string {
  const text = RECOMMENDATIONS.find((r) => r.number === number)?.text ?? '';
  return `Recommendation ${number}: ${text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text}`;
}

export function principleLabel(number: number): string {
  return `${number}. ${PRINCIPLES.find((p) => p.number === number)?.name ?? ''}`;
}

/** "1, 6" → "recommendations 1 and 6"; used in table cells and the report. */
export function listNumbers(numbers: readonly number[]): string {
  if (numbers.length === 0) return 'none';
  if (numbers.length === 1) return String(numbers[0]);
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

export const countActions = (count: number) => (count === 1 ? '1 action' : `${count} actions`);
