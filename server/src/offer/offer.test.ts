import { participationRow, traineeRow } from '@ldm/db/testing';
import type { OfferInput } from '@ldm/shared/schemas';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';

const offer = (code: string, scope: string, extra: Partial<OfferInput> = {}): OfferInput => ({
  code,
  title: `Offer ${code}`,
  provider: 'Provider',
  scope: scope as OfferInput['scope'],
  tier: 1,
  stages: ['foundation'],
  ...extra,
});

describe('offer catalogue', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  beforeAll(async () => {
    const admin = as(suite.users.admin);
    await admin.offer.create({
      localityCode: 'NE',
      offer: offer('NAT1', 'national', { tier: 1, stages: ['foundation', 'core', 'higher'], title: 'Edward Jenner' }),
    });
    await admin.offer.create({ localityCode: 'YH', offer: offer('YH1', 'YH') });
    await as(suite.users.lead).offer.create({
      localityCode: 'NE',
      offer: offer('NE2', 'NE', {
        tier: 2,
        stages: ['core'],
        interventions: ['coaching_mentoring'],
        mode: 'relational',
        title: 'Clinicians in Management',
      }),
    });
    // Fill: 3 participants in an NE cohort, 9 in a national one (2 of them only applied).
    await admin.offer.createCohort({
      localityCode: 'NE',
      cohort: { code: 'NE2-A', offerCode: 'NE2', startDate: '2024-09-01', endDate: '2025-03-31', places: 10 },
    });
    await admin.offer.createCohort({
      localityCode: 'NE',
      cohort: { code: 'NAT1-A', offerCode: 'NAT1', startDate: '2024-04-01', endDate: '2024-06-30', places: 20 },
    });
    const gmc = (i: number) => String(1000000 + i);
    await suite.db
      .insertInto('trainees')
      .values(Array.from({ length: 12 }, (_, i) => traineeRow(gmc(i))))
      .execute();
    const part = (i: number, cohort: string, status: string) => ({
      gmc_number: gmc(i),
      cohort_code: cohort,
      status,
      start_date: '2024-09-01',
      end_date: null,
    });
    await suite.db
      .insertInto('participations')
      .values([
        ...[0, 1, 2].map((i) => part(i, 'NE2-A', 'enrolled')),
        part(3, 'NE2-A', 'withdrawn'),
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => part(i, 'NAT1-A', 'completed')),
        ...[8, 9].map((i) => part(i, 'NAT1-A', 'applied')),
      ])
      .execute();
  });

  it("lists a locality's own and national offers, never another locality's", async () => {
    const list = await as(suite.users.dean).offer.list({ localityCode: 'NE' });
    expect(list.map((o) => [o.code, o.scope, o.editable])).toEqual([
      ['NAT1', 'national', false],
      ['NE2', 'NE', true],
    ]);
    expect(list[1]).toMatchObject({
      stages: ['core'],
      interventions: ['coaching_mentoring'],
      mode: 'relational',
      multiprofessional: null,
    });
  });

  it('filters by tier, stage, intervention, mode and search', async () => {
    const codes = async (filter: object) =>
      (await as(suite.users.dean).offer.list({ localityCode: 'NE', ...filter })).map((o) => o.code);
    expect(await codes({ tier: 1 })).toEqual(['NAT1']);
    expect(await codes({ stage: 'core' })).toEqual(['NAT1', 'NE2']);
    expect(await codes({ stage: 'foundation' })).toEqual(['NAT1']);
    expect(await codes({ intervention: 'coaching_mentoring' })).toEqual(['NE2']);
    expect(await codes({ mode: 'formal' })).toEqual([]);
    expect(await codes({ search: 'jenner' })).toEqual(['NAT1']);
    // A search's text is matched literally: LIKE's wildcards in it find only themselves.
    expect(await codes({ search: '%' })).toEqual([]);
    expect(await codes({ search: '_' })).toEqual([]);
  });

  it('shows cohort fill in full to the own locality and under disclosure control elsewhere', async () => {
    const own = await as(suite.users.dean).offer.get({ localityCode: 'NE', code: 'NE2' });
    expect(own.cohorts).toEqual([
      { code: 'NE2-A', offerCode: 'NE2', startDate: '2024-09-01', endDate: '2025-03-31', places: 10, filled: 3 },
    ]);
    expect((await as(suite.users.national).offer.get({ localityCode: 'NE', code: 'NE2' })).cohorts[0]!.filled).toBe(
      '*',
    );
    // A national offer belongs to no locality: its cohort's 8 is a count below England, rounded to 10 for everyone.
    expect((await as(suite.users.dean).offer.get({ localityCode: 'NE', code: 'NAT1' })).cohorts[0]!.filled).toBe(10);
  });

  it('refuses national offers and other scopes to locality users', async () => {
    const lead = as(suite.users.lead);
    await expect(lead.offer.create({ localityCode: 'NE', offer: offer('X1', 'national') })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(lead.offer.update({ localityCode: 'NE', offer: offer('NAT1', 'national') })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(lead.offer.update({ localityCode: 'NE', offer: offer('NAT1', 'NE') })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(lead.offer.create({ localityCode: 'NE', offer: offer('X2', 'YH') })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(lead.offer.get({ localityCode: 'NE', code: 'YH1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      lead.offer.createCohort({
        localityCode: 'NE',
        cohort: { code: 'C9', offerCode: 'NAT1', startDate: '2025-01-01', endDate: '2025-02-01', places: 5 },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(lead.offer.create({ localityCode: 'NE', offer: offer('NE2', 'NE') })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('returns field errors for invalid input', async () => {
    const error = await as(suite.users.lead)
      .offer.createCohort({
        localityCode: 'NE',
        cohort: { code: 'C1', offerCode: 'NE2', startDate: '2025-02-01', endDate: '2025-01-01', places: 0 },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    const issues = (error as { cause: { issues: { path: (string | number)[]; message: string }[] } }).cause.issues;
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['cohort.places', 'A cohort has at least 1 place.'],
      ['cohort.endDate', 'The end date is before the start date.'],
    ]);
  });

  /** How many data versions there have been. */
  const dataVersions = async () =>
    Number(
      (
        await suite.db
          .selectFrom('data_versions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('audits an update with before and after, and bumps the data version', async () => {
    const versionBefore = await dataVersions();
    const updated = await as(suite.users.dean).offer.update({
      localityCode: 'NE',
      offer: offer('NE2', 'NE', { tier: 3, stages: ['higher'], title: 'Renamed' }),
    });
    expect(updated).toMatchObject({ title: 'Renamed', tier: 3, stages: ['higher'], interventions: [] });
    const event = await suite.db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity', '=', 'offer')
      .where('entity_key', '=', 'NE2')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(event.user_id).toBe(suite.users.dean.id);
    expect(JSON.parse(event.before!)).toMatchObject({ title: 'Clinicians in Management', tier: 2, stages: ['core'] });
    expect(JSON.parse(event.after!)).toMatchObject({ title: 'Renamed', tier: 3, stages: ['higher'] });
    const versionAfter = await dataVersions();
    expect(versionAfter - versionBefore).toBe(1);
  });
});

describe('removing offers and cohorts', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  beforeAll(async () => {
    await as(suite.users.admin).offer.create({ localityCode: 'NE', offer: offer('NAT9', 'national') });
    const lead = as(suite.users.lead);
    await lead.offer.create({ localityCode: 'NE', offer: offer('NE9', 'NE') });
    for (const code of ['NE9-A', 'NE9-B']) {
      await lead.offer.createCohort({
        localityCode: 'NE',
        cohort: { code, offerCode: 'NE9', startDate: '2024-09-01', endDate: '2025-03-31', places: 5 },
      });
    }
    await suite.db.insertInto('trainees').values(traineeRow('1234567')).execute();
    await suite.db
      .insertInto('participations')
      .values(participationRow('1234567', 'NE9-B', '2024-09-01'))
      .execute();
  });

  it('removes an empty cohort, then refuses one with participants and an offer with cohorts', async () => {
    const lead = as(suite.users.lead);
    const after = await lead.offer.deleteCohort({ localityCode: 'NE', offerCode: 'NE9', code: 'NE9-A' });
    expect(after.cohorts.map((c) => c.code)).toEqual(['NE9-B']);
    await expect(
      lead.offer.deleteCohort({ localityCode: 'NE', offerCode: 'NE9', code: 'NE9-B' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(lead.offer.delete({ localityCode: 'NE', code: 'NE9' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const event = await suite.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'delete')
      .executeTakeFirstOrThrow();
    expect([event.entity, event.entity_key, JSON.parse(event.before!).places]).toEqual(['cohort', 'NE9-A', 5]);
  });

  it('lets only an administrator remove a national offer', async () => {
    await expect(as(suite.users.dean).offer.delete({ localityCode: 'NE', code: 'NAT9' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await as(suite.users.admin).offer.delete({ localityCode: 'NE', code: 'NAT9' });
    expect((await as(suite.users.dean).offer.list({ localityCode: 'NE' })).map((o) => o.code)).toEqual(['NE9']);
  });
});
