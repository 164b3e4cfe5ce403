import { currentDataVersion } from '@ldm/db';
import { PRINCIPLES } from '@ldm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { databaseWithUsers } from '../testing/database-with-users';
import { addUser } from '../user/service';

describe('progress reports', () => {
  const suite = databaseWithUsers();
  const as = suite.as;
  const NE = { localityCode: 'NE' } as const;
  /** A dean of YH, for the refusals. */
  let otherDean: SessionUser;

  beforeAll(async () => {
    const { user } = await addUser(suite.db, null, {
      email: 'dean.yh@example.org',
      name: 'dean.yh',
      role: 'dean',
      localityCode: 'YH',
    });
    otherDean = { id: user.id, email: user.email, name: user.name, role: 'dean', localityCode: 'YH' };
    const lead = as(suite.users.lead);
    // Scores 0,1,2,3 repeated: sum 36 over 24 principles, mean 1.5. A later assessment (after 2024-25) must not count.
    await lead.selfAssessment.save({
      ...NE,
      period: '2024-25 Q2',
      assessedOn: '2024-09-15',
      scores: PRINCIPLES.map((p) => ({ principleNumber: p.number, score: (p.number - 1) % 4, evidence: null })),
    });
    await lead.selfAssessment.save({
      ...NE,
      period: '2025-26 Q1',
      assessedOn: '2025-06-01',
      scores: PRINCIPLES.map((p) => ({ principleNumber: p.number, score: 3, evidence: null })),
    });
    const action = { owner: 'Academy lead', recommendations: [7], principles: [2] };
    await lead.plan.create({
      ...NE,
      ...action,
      title: 'Tier-1 offer for foundation',
      dueDate: '2024-06-30',
      status: 'complete',
    });
    await lead.plan.create({
      ...NE,
      ...action,
      title: 'Employer conversations',
      dueDate: '2025-01-31',
      status: 'at risk',
    });
    await lead.plan.create({ ...NE, ...action, title: 'Fellowships', dueDate: '2025-06-30', status: 'on track' });
  });

  it('runs draft → submitted → returned → submitted → approved, freezing the snapshot at submission', async () => {
    const lead = as(suite.users.lead);
    const dean = as(suite.users.dean);
    const draft = await lead.report.create({ ...NE, period: '2024-25', narrative: 'First draft' });
    expect(draft).toMatchObject({ status: 'draft', plan: null, measures: null, dataVersion: null });
    await lead.report.edit({ ...NE, reportId: draft.id, narrative: 'We met the floor.' });

    const versionAtSubmission = await currentDataVersion(suite.db);
    const submitted = await lead.report.submit({ ...NE, reportId: draft.id });
    expect(submitted.status).toBe('submitted');
    expect(submitted.submittedBy).toBe('lead.ne');
    expect(submitted.dataVersion).toBe(versionAtSubmission);
    expect(submitted.measures?.period).toEqual({ label: '2024-25', from: '2024-04-01', to: '2025-03-31' });
    // M7 from the 2024-09-15 assessment (sum 36 over 24); M8: two actions due by 2025-03-31, one complete. No trainees: no data.
    expect(submitted.measures?.measures?.M7).toEqual({ numerator: 36, denominator: 24, value: 1.5 });
    expect(submitted.measures?.measures?.M8).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(submitted.measures?.traineesInPost).toBe(0);
    expect(submitted.measures?.measures?.M1).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(submitted.selfAssessment).toMatchObject({ period: '2024-25 Q2', assessedOn: '2024-09-15', mean: 1.5 });
    expect(submitted.selfAssessment?.scores).toHaveLength(24);
    expect(submitted.plan).toMatchObject({
      total: 3,
      byStatus: { 'not started': 0, 'on track': 1, 'at risk': 1, 'off track': 0, complete: 1 },
      dueByPeriodEnd: 2,
      completeOfDue: 1,
      overdue: 2, // "Employer conversations" and "Fellowships" are past due (today is after mid-2025) and not complete
    });

    await expect(lead.report.edit({ ...NE, reportId: draft.id, narrative: 'sneaky' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(dean.report.return({ ...NE, reportId: draft.id, comments: ' ' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const returned = await dean.report.return({ ...NE, reportId: draft.id, comments: 'Say more about employers.' });
    expect(returned).toMatchObject({ status: 'returned', returnComments: 'Say more about employers.' });

    await lead.report.edit({ ...NE, reportId: draft.id, narrative: 'We met the floor; employers are engaged.' });
    await lead.report.submit({ ...NE, reportId: draft.id });
    const approved = await dean.report.approve({ ...NE, reportId: draft.id });
    expect(approved).toMatchObject({
      status: 'approved',
      approvedBy: 'dean.ne',
      returnComments: null,
      narrative: 'We met the floor; employers are engaged.',
    });

    // Later changes to the plan leave the approved snapshot as it was.
    await lead.plan.create({
      ...NE,
      title: 'New action',
      owner: 'x',
      dueDate: '2024-12-01',
      status: 'not started',
      recommendations: [],
      principles: [],
    });
    const reread = await lead.report.get({ ...NE, reportId: draft.id });
    expect(reread.plan?.total).toBe(3);
    expect(reread.dataVersion).toBeLessThan(await currentDataVersion(suite.db));

    const audit = await suite.auditTrail('progress_report');
    expect(audit.map((e) => e.action)).toEqual(['create', 'edit', 'submit', 'return', 'edit', 'submit', 'approve']);
    expect(JSON.parse(audit[6]!.before!).status).toBe('submitted');
    expect(JSON.parse(audit[6]!.after!).status).toBe('approved');
  });

  it('refuses approval by anyone but the locality dean or an admin', async () => {
    const report = await as(suite.users.lead).report.create({ ...NE, period: '2025-26 Q1', narrative: 'Q1' });
    await as(suite.users.lead).report.submit({ ...NE, reportId: report.id });
    const attempt = (user: SessionUser) => as(user).report.approve({ ...NE, reportId: report.id });
    await expect(attempt(suite.users.lead)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(otherDean)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(suite.users.national)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(otherDean).report.return({ ...NE, reportId: report.id, comments: 'no' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const row = await suite.db
      .selectFrom('progress_reports')
      .select(['status', 'approved_by'])
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'submitted', approved_by: null });
    expect(await attempt(suite.users.admin)).toMatchObject({ status: 'approved', approvedBy: 'admin' });
  });

  it('refuses every change to an approved report, even by an admin, and leaves it untouched', async () => {
    const [approved] = (await as(suite.users.lead).report.list(NE)).filter((r) => r.period === '2024-25');
    const before = await suite.db
      .selectFrom('progress_reports')
      .selectAll()
      .where('id', '=', approved!.id)
      .executeTakeFirstOrThrow();
    const key = { ...NE, reportId: approved!.id };
    for (const user of [suite.users.admin, suite.users.lead]) {
      await expect(as(user).report.edit({ ...key, narrative: 'rewritten' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(as(user).report.delete(key)).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(as(user).report.submit(key)).rejects.toMatchObject({ code: 'CONFLICT' });
    }
    await expect(as(suite.users.dean).report.return({ ...key, comments: 'reopen' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(as(suite.users.dean).report.approve(key)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      await suite.db
        .selectFrom('progress_reports')
        .selectAll()
        .where('id', '=', approved!.id)
        .executeTakeFirstOrThrow(),
    ).toEqual(before);
  });

  it('shows the national role only approved reports, and every locality its own in every state', async () => {
    const draft = await as(suite.users.lead).report.create({ ...NE, period: '2023-24', narrative: 'old' });
    const national = as(suite.users.national);
    expect((await national.report.list(NE)).map((r) => [r.period, r.status])).toEqual([
      ['2025-26 Q1', 'approved'],
      ['2024-25', 'approved'],
    ]);
    await expect(national.report.get({ ...NE, reportId: draft.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // M8 counts plan actions and M7 is a score: neither is a people count, so neither is hidden or rounded.
    const approvedForNational = await national.report.get({ ...NE, reportId: (await national.report.list(NE))[1]!.id });
    expect(approvedForNational.measures?.measures?.M8).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(approvedForNational.measures?.measures?.M7).toEqual({ numerator: 36, denominator: 24, value: 1.5 });
    expect(
      (await as(suite.users.dean).report.get({ ...NE, reportId: approvedForNational.id })).measures?.measures?.M8,
    ).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    // The preview is live: it counts the action added after approval, unlike the frozen report.
    const preview = await national.report.preview({ ...NE, period: '2024-25' });
    expect(preview.plan.total).toBe(4);
    expect(preview.dataVersion).toBe(await currentDataVersion(suite.db));
    expect((await as(suite.users.dean).report.list(NE)).map((r) => r.status)).toEqual([
      'approved',
      'approved',
      'draft',
    ]);
    await expect(as(otherDean).report.list(NE)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const overview = await as(otherDean).report.overview({ period: '2024-25' });
    expect(overview).toHaveLength(13);
    expect(overview.find((o) => o.localityCode === 'NE')).toMatchObject({ status: 'approved' });
    expect(overview.filter((o) => o.status === 'none')).toHaveLength(12);
  });

  it('lets the author delete a draft but not the dean', async () => {
    const draft = (await as(suite.users.lead).report.list(NE)).find((r) => r.status === 'draft')!;
    await expect(as(suite.users.dean).report.delete({ ...NE, reportId: draft.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await as(suite.users.lead).report.delete({ ...NE, reportId: draft.id });
    expect((await as(suite.users.lead).report.list(NE)).map((r) => r.status)).toEqual(['approved', 'approved']);
  });
});
