/**
 * The expected access rule of EVERY procedure of the app router, stated here independently of the
 * code's `meta.access`. A procedure added without a line here fails the access-matrix test, so
 * whoever adds one must decide, in review, who may call it. Rules (PRODUCT.md §7):
 * - public: anyone; signedIn: any signed-in user; admin: administrators only;
 * - aggregates: admin and national for every locality, dean / academy lead for their own;
 * - records and write: admin for every locality, dean / academy lead for their own, never national.
 */
import type { Access } from '@ldm/server/trpc';

export const EXPECTED_ACCESS: Record<string, Access> = {
  'health.status': 'public',
  'health.eventLoopDelay': 'admin',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.me': 'public',
  'reference.lists': 'signedIn',
  'home.waiting': 'signedIn',
  'offer.list': 'aggregates',
  'offer.get': 'aggregates',
  'offer.create': 'write',
  'offer.update': 'write',
  'offer.createCohort': 'write',
  'offer.updateCohort': 'write',
  'offer.delete': 'write',
  'offer.deleteCohort': 'write',
  'trainee.list': 'records',
  'trainee.get': 'records',
  'user.list': 'admin',
  'user.create': 'admin',
  'user.update': 'admin',
  'user.resetPassword': 'admin',
  'user.endSessions': 'admin',
  'audit.list': 'admin',
  'export.offers': 'aggregates',
  'export.trainees': 'records',
  'export.measures': 'signedIn',
  'export.locality': 'aggregates',
  'export.breakdown': 'aggregates',
  'export.openData': 'national',
  'measure.national': 'signedIn',
  'measure.nationalTrend': 'signedIn',
  'measure.locality': 'aggregates',
  'measure.trend': 'aggregates',
  'measure.spc': 'aggregates',
  'measure.englandSpc': 'signedIn',
  'measure.previewBaseline': 'admin',
  'measure.baselineHistory': 'admin',
  'measure.setBaseline': 'admin',
  'measure.setTarget': 'admin',
  'selfAssessment.save': 'write',
  'selfAssessment.history': 'aggregates',
  'selfAssessment.latest': 'aggregates',
  'selfAssessment.heatMap': 'signedIn',
  'plan.list': 'aggregates',
  'plan.create': 'write',
  'plan.update': 'write',
  'plan.addUpdate': 'write',
  'plan.delete': 'write',
  'report.list': 'aggregates',
  'report.get': 'aggregates',
  'report.preview': 'aggregates',
  'report.overview': 'signedIn',
  'report.create': 'write',
  'report.edit': 'write',
  'report.delete': 'write',
  'report.submit': 'write',
  'report.approve': 'write',
  'report.return': 'write',
  'resource.search': 'signedIn',
  'resource.create': 'signedIn',
  'resource.delete': 'signedIn',
  'import.validate': 'write',
  'import.commit': 'write',
  'import.progress': 'write',
  'import.history': 'write',
  'import.problems': 'write',
  'import.problemRows': 'write',
  'import.changes': 'write',
  'import.revert': 'write',
  'work.employersBelowStandard': 'aggregates',
  'work.notYetReached': 'records',
  'work.exportNotYetReached': 'records',
};

/**
 * Where a procedure's own policy narrows its rule further (decided in its service, after the
 * middleware), the outcomes that differ, keyed `<caller> <own|foreign>`, with the reason.
 */
export const NARROWER_RULES: Record<string, { reason: string; outcomes: Record<string, 'FORBIDDEN'> }> = {
  'report.create': {
    reason: 'the academy lead writes the progress report; the dean approves it',
    outcomes: { 'dean own': 'FORBIDDEN' },
  },
};
