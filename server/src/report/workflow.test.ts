import { REPORT_STATUSES, type ReportStatus } from '@ldm/shared';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import { assertReportAction, type ReportAction } from './workflow';

const user = (role: SessionUser['role'], localityCode: string | null): SessionUser => ({
  id: 1,
  email: 'x@example.org',
  name: 'x',
  role,
  localityCode,
});
const lead = user('academy_lead', 'NE');
const dean = user('dean', 'NE');
const otherDean = user('dean', 'YH');
const otherLead = user('academy_lead', 'YH');
const national = user('national', null);
const admin = user('admin', null);

/** The DomainError code `assertReportAction` throws, or 'ok'. */
function outcome(who: SessionUser, action: ReportAction, status: ReportStatus | null, comments?: string): string {
  try {
    assertReportAction(who, action, { localityCode: 'NE', status }, comments);
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('progress report workflow', () => {
  it('lets only the locality dean or an admin approve or return a submitted report', () => {
    expect(outcome(dean, 'approve', 'submitted')).toBe('ok');
    expect(outcome(admin, 'approve', 'submitted')).toBe('ok');
    expect(outcome(dean, 'return', 'submitted', 'Add the Q3 figures')).toBe('ok');
    for (const who of [lead, otherDean, otherLead, national]) {
      expect(outcome(who, 'approve', 'submitted')).toBe('FORBIDDEN');
      expect(outcome(who, 'return', 'submitted', 'no')).toBe('FORBIDDEN');
    }
  });

  it('lets only the locality academy lead or an admin write and submit — not the dean', () => {
    for (const action of ['create', 'edit', 'submit', 'delete'] as const) {
      const status = action === 'create' ? null : 'draft';
      expect(outcome(lead, action, status)).toBe('ok');
      expect(outcome(admin, action, status)).toBe('ok');
      for (const who of [dean, otherLead, otherDean, national]) expect(outcome(who, action, status)).toBe('FORBIDDEN');
    }
  });

  it('allows exactly draft|returned → submitted → approved|returned', () => {
    const allowed: Record<string, ReportStatus[]> = {
      edit: ['draft', 'returned'],
      delete: ['draft', 'returned'],
      submit: ['draft', 'returned'],
      approve: ['submitted'],
      return: ['submitted'],
    };
    for (const [action, from] of Object.entries(allowed)) {
      for (const status of REPORT_STATUSES) {
        const expected = from.includes(status) ? 'ok' : 'CONFLICT';
        expect(outcome(admin, action as ReportAction, status, 'comments'), `${action} from ${status}`).toBe(expected);
      }
    }
    expect(outcome(lead, 'create', 'draft')).toBe('CONFLICT');
    expect(outcome(lead, 'submit', null)).toBe('NOT_FOUND');
  });

  it('locks an approved report against everyone, admin included', () => {
    for (const action of ['edit', 'delete', 'submit', 'approve', 'return'] as const) {
      for (const who of [admin, lead, dean]) expect(outcome(who, action, 'approved', 'x')).toBe('CONFLICT');
    }
  });

  it('requires comments to return a report', () => {
    expect(outcome(dean, 'return', 'submitted')).toBe('INVALID');
    expect(outcome(dean, 'return', 'submitted', '   ')).toBe('INVALID');
  });
});
