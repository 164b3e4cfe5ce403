/** Users, plans and reports — PRODUCT.md §2. */
export const ROLES = ['admin', 'national', 'dean', 'academy_lead'] as const;
export type Role = (typeof ROLES)[number];
/** Roles tied to one locality. */
export const LOCALITY_ROLES = ['dean', 'academy_lead'] as const satisfies readonly Role[];

export const PLAN_ACTION_STATUSES = ['not started', 'on track', 'at risk', 'off track', 'complete'] as const;
export type PlanActionStatus = (typeof PLAN_ACTION_STATUSES)[number];

/** `returned` is a draft that carries the dean's comments. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const IMPORT_KINDS = [
  'organisations',
  'programmes',
  'trainees',
  'placements',
  'offers',
  'cohorts',
  'participations',
  'workplace_practices',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['applied', 'unchanged', 'rejected'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
