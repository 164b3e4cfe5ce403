/** The eight kinds of import file (PRODUCT.md §10) and the spec of each. */
import { IMPORT_KINDS, type ImportKind } from '@ldm/shared';
import type { ImportKindSpec } from './kind-spec';
import { cohortsKind } from './kinds/cohorts';
import { offersKind } from './kinds/offers';
import { organisationsKind } from './kinds/organisations';
import { participationsKind } from './kinds/participations';
import { placementsKind } from './kinds/placements';
import { programmesKind } from './kinds/programmes';
import { traineesKind } from './kinds/trainees';
import { workplacePracticesKind } from './kinds/workplace-practices';

// The list of kinds is reference data (shared with the client's import page).
export { IMPORT_KINDS, type ImportKind } from '@ldm/shared';

// Each spec is typed by its own row; the engine only passes rows back to the spec that made them.
// biome-ignore lint/suspicious/noExplicitAny: each spec is typed by its own row
export const IMPORT_KIND_SPECS: Record<ImportKind, ImportKindSpec<any>> = {
  organisations: organisationsKind,
  programmes: programmesKind,
  trainees: traineesKind,
  placements: placementsKind,
  offers: offersKind,
  cohorts: cohortsKind,
  participations: participationsKind,
  workplace_practices: workplacePracticesKind,
};

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}
