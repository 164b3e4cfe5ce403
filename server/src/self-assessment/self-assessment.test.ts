import { currentDataVersion } from '@ldm/db';
import { mustParsePeriod, PRINCIPLES } from '@ldm/shared';
import { scoreSelfAssessment } from '@ldm/shared/measures/locality-measures';
import { describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';
import { pickLatestInOrBefore } from './latest';

const scoresOf = (score: (n: number) => number, evidence: string | null = null) =>
  PRINCIPLES.map((p) => ({ principleNumber: p.number, score: score(p.number), evidence }));

describe('self-assessment', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  it('upserts one assessment per locality and period, audited, bumping the data version', async () => {
    const lead = as(suite.users.lead);
    const versionBefore = await currentDataVersion(suite.db);
    const first = await lead.selfAssessment.save({
      localityCode: 'NE',
      period: '2024-25 Q1',
      assessedOn: '2024-06-20',
      scores: scoresOf(() => 1, 'Draft'),
    });
    expect(first.mean).toBe(1);
    // Principle 1 → 3, all others 0: mean 3/24 = 0.125.
    const second = await lead.selfAssessment.save({
      localityCode: 'NE',
      period: '2024-25 Q1',
      assessedOn: '2024-06-25',
      scores: scoresOf((n) => (n === 1 ? 3 : 0)),
    });
    expect(second).toMatchObject({ id: first.id, assessedOn: '2024-06-25', mean: 0.125 });
    expect(second.scores[0]).toEqual({ principleNumber: 1, score: 3, evidence: null });
    expect(
      await suite.db
        .selectFrom('self_assessment_scores')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst(),
    ).toEqual({ n: 24 });
    expect(await currentDataVersion(suite.db)).toBe(versionBefore + 2);
    const audit = await suite.auditTrail('self_assessment');
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.before!).mean).toBe(1);
  });

  it('refuses a partial set of scores, scores out of range, and other localities', async () => {
    const lead = as(suite.users.lead);
    const base = { localityCode: 'NE' as const, period: '2024-25 Q2', assessedOn: '2024-09-01' };
    await expect(lead.selfAssessment.save({ ...base, scores: scoresOf(() => 2).slice(1) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(lead.selfAssessment.save({ ...base, scores: scoresOf(() => 4) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      lead.selfAssessment.save({ ...base, localityCode: 'YH', scores: scoresOf(() => 2) }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      as(suite.users.national).selfAssessment.save({ ...base, scores: scoresOf(() => 2) }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('gives history, the latest in or before a period, and the national heat map', async () => {
    await as(suite.users.admin).selfAssessment.save({
      localityCode: 'YH',
      period: '2024-25',
      assessedOn: '2025-03-10',
      scores: scoresOf((n) => (n <= 12 ? 2 : 3)),
    });
    await as(suite.users.lead).selfAssessment.save({
      localityCode: 'NE',
      period: '2024-25 Q3',
      assessedOn: '2024-12-15',
      scores: scoresOf(() => 2),
    });
    expect(
      (await as(suite.users.national).selfAssessment.history({ localityCode: 'NE' })).map((a) => a.period),
    ).toEqual(['2024-25 Q1', '2024-25 Q3']);
    expect(
      await as(suite.users.dean).selfAssessment.latest({ localityCode: 'NE', period: '2024-25 Q2' }),
    ).toMatchObject({
      period: '2024-25 Q1',
      mean: 0.125,
    });
    expect(await as(suite.users.dean).selfAssessment.latest({ localityCode: 'NE', period: '2023-24' })).toBeNull();

    const map = await as(suite.users.dean).selfAssessment.heatMap({ period: '2024-25' });
    expect(map).toHaveLength(13);
    // YH: 12 principles at 2 and 12 at 3 → mean 2.5.
    expect(map.find((m) => m.localityCode === 'YH')).toMatchObject({ period: '2024-25', mean: 2.5 });
    expect(map.find((m) => m.localityCode === 'NE')).toMatchObject({ period: '2024-25 Q3', mean: 2 });
    expect(map.find((m) => m.localityCode === 'NE')!.scores[0]).toEqual({ principleNumber: 1, score: 2 });
    expect(map.find((m) => m.localityCode === 'SW')).toMatchObject({ period: null, mean: null, scores: [] });
  });

  it('chooses the same assessment as M7', () => {
    const assessments = [
      { id: 1, assessed_on: '2024-06-20', scores: [0, 0] },
      { id: 2, assessed_on: '2024-12-31', scores: [1, 1] },
      { id: 3, assessed_on: '2024-12-31', scores: [2, 3] },
      { id: 4, assessed_on: '2025-01-01', scores: [3, 3] },
    ];
    for (const label of ['2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25', '2023-24']) {
      const m7 = scoreSelfAssessment(
        assessments.map((a) => ({ id: a.id, localityCode: 'NE', assessedOn: a.assessed_on, scores: a.scores })),
        'NE',
        mustParsePeriod(label),
      );
      const mine = pickLatestInOrBefore(assessments, label);
      expect(mine ? mine.scores.reduce((s, x) => s + x, 0) : 0, label).toBe(m7.numerator);
    }
    expect(pickLatestInOrBefore(assessments, '2024-25 Q3')?.id).toBe(3);
  });
});
