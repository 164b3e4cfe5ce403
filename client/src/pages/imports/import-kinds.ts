/** The eight kinds of import file (PRODUCT.md §10), in the order they depend on each other. */
import type { ImportKind } from '@ldm/shared';

export const KIND_NAMES: Record<ImportKind, string> = {
  organisations: 'Organisations',
  programmes: 'Programmes',
  trainees: 'Trainees',
  placements: 'Placements',
  offers: 'Offers',
  cohorts: 'Cohorts',
  participations: 'Participations',
  workplace_practices: 'Workplace practices',
};
