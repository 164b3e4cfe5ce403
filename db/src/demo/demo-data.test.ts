import { createHash } from 'node:crypto';
import { GRADE_STAGE, LOCALITY_CODES, STAGE_CODES } from '@ldm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentDataVersion } from '../data-version';
import { type HeldTestDatabase, testDatabaseForSuite } from '../testing';
import { buildDemoData } from './build-demo-data';

const TODAY = '2026-11-23';
const YEARS = [
  { label: '2022-23', from: '2022-04-01', to: '2023-03-31' },
  { label: '2023-24', from: '2023-04-01', to: '2024-03-31' },
  { label: '2024-25', from: '2024-04-01', to: '2025-03-31' },
  { label: '2025-26', from: '2025-04-01', to: '2026-03-31' },
  { label: '2026-27', from: '2026-04-01', to: '2027-03-31' },
];
const N = 2000;

/** PRODUCT.md §11, restated here: offer codes per scope, tier, stages, places per year (whole scheme). */
const SCHEMES = [
  {
    codes: ['DARZI-NCEL', 'DARZI-NWL', 'DARZI-SL'],
    scopes: ['NCEL', 'NWL', 'SL'],
    tier: 3,
    stages: ['higher'],
    capacity: [40, 60],
  },
  { codes: ['CLAHRC'], scopes: ['NWL'], tier: 3, stages: ['core', 'higher'], capacity: [7, 13] },
  { codes: ['NMDCF'], scopes: [null], tier: 3, stages: ['higher'], capacity: [25, 30] },
  { codes: ['NHSLA'], scopes: [null], tier: 1, stages: ['core', 'foundation', 'higher'], capacity: null },
  {
    codes: ['PAIRED-NCEL', 'PAIRED-NWL', 'PAIRED-SL'],
    scopes: ['NCEL', 'NWL', 'SL'],
    tier: 2,
    stages: ['core', 'higher'],
    capacity: null,
  },
  { codes: ['MLP'], scopes: ['NW'], tier: 3, stages: ['higher'], capacity: [12, 12] },
  { codes: ['CIM'], scopes: ['NE'], tier: 2, stages: ['higher'], capacity: null },
  { codes: ['HARKNESS'], scopes: [null], tier: 3, stages: ['higher'], capacity: null },
  { codes: ['L2L'], scopes: ['EM'], tier: 1, stages: ['core', 'foundation', 'higher'], capacity: null },
  { codes: ['LBL'], scopes: ['WX'], tier: 2, stages: ['core', 'higher'], capacity: null },
  { codes: ['CHIEFRES'], scopes: ['EOE'], tier: 3, stages: ['higher'], capacity: [40, 50] },
  { codes: ['PGS'], scopes: ['SW'], tier: 1, stages: ['core', 'foundation'], capacity: null },
  { codes: ['NIGHT'], scopes: ['NW'], tier: 2, stages: ['core', 'foundation', 'higher'], capacity: null },
  { codes: ['RCPCR'], scopes: [null], tier: 3, stages: ['higher'], capacity: null },
  { codes: ['LF-YH', 'LF-KSS'], scopes: ['YH', 'KSS'], tier: 3, stages: ['higher'], capacity: null },
];

async function checksum(t: HeldTestDatabase): Promise<string> {
  const { db } = t;
  const hash = createHash('sha256');
  const parts = [
    await db.selectFrom('organisations').selectAll().orderBy('code').execute(),
    await db.selectFrom('trainees').selectAll().orderBy('gmc_number').execute(),
    await db.selectFrom('placements').selectAll().orderBy('placement_id').execute(),
    await db.selectFrom('offers').selectAll().orderBy('code').execute(),
    await db.selectFrom('cohorts').selectAll().orderBy('code').execute(),
    await db.selectFrom('participations').selectAll().orderBy('cohort_code').orderBy('gmc_number').execute(),
    await db
      .selectFrom('workplace_practice_records')
      .selectAll()
      .orderBy('organisation_code')
      .orderBy('year')
      .execute(),
    await db
      .selectFrom('plan_actions')
      .select(['locality_code', 'title', 'owner', 'due_date', 'status'])
      .orderBy('locality_code')
      .orderBy('title')
      .execute(),
  ];
  for (const rows of parts) hash.update(JSON.stringify(rows));
  return hash.digest('hex');
}

describe('demo data set', () => {
  const t = testDatabaseForSuite();
  let first: string;
  let versionAfterFirst: number;

  beforeAll(async () => {
    await buildDemoData(t.db, { traineesPerYear: N, seed: 'alpha', today: TODAY });
    first = await checksum(t);
    versionAfterFirst = await currentDataVersion(t.db);
  });

  it('has about N trainees in post in each of the five financial years', async () => {
    for (const year of YEARS) {
      const row = await t.db
        .selectFrom('placements')
        .where('start_date', '<=', year.to)
        .where('end_date', '>=', year.from)
        .select((eb) => eb.fn.count<number>('gmc_number').distinct().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(row.n), year.label).toBeGreaterThanOrEqual(N * 0.9);
      expect(Number(row.n), year.label).toBeLessThanOrEqual(N * 1.1);
    }
  });

  it('has organisations in every locality, and London (NCEL) and the North West larger than Wessex and Thames Valley', async () => {
    const orgs = await t.db.selectFrom('organisations').select(['locality_code', 'type']).execute();
    for (const code of LOCALITY_CODES) {
      expect(
        orgs.some((o) => o.locality_code === code && o.type === 'trust'),
        code,
      ).toBe(true);
      expect(
        orgs.some((o) => o.locality_code === code && o.type === 'gp_practice'),
        code,
      ).toBe(true);
    }
    expect(orgs.length).toBeGreaterThan(200);
    const inPost = await t.db
      .selectFrom('placements')
      .innerJoin('organisations', 'organisations.code', 'placements.organisation_code')
      .where('start_date', '<=', '2025-03-31')
      .where('end_date', '>=', '2024-04-01')
      .select(['organisations.locality_code', (eb) => eb.fn.count<number>('placements.gmc_number').distinct().as('n')])
      .groupBy('organisations.locality_code')
      .execute();
    const size = (code: string) => Number(inPost.find((r) => r.locality_code === code)?.n ?? 0);
    for (const large of ['NCEL', 'NW'])
      for (const small of ['WX', 'TV']) expect(size(large), `${large} > ${small}`).toBeGreaterThan(size(small));
  });

  it('uses only grades of the grade → stage map', async () => {
    const grades = await t.db.selectFrom('placements').select('grade').distinct().execute();
    expect(grades.length).toBeGreaterThanOrEqual(12);
    for (const { grade } of grades) expect(Object.keys(GRADE_STAGE)).toContain(grade);
  });

  it('has about 100 offers including every §11 scheme with its scope, tier, stages and capacity', async () => {
    const offers = await t.db.selectFrom('offers').selectAll().execute();
    const stages = await t.db.selectFrom('offer_stages').selectAll().execute();
    expect(offers.length).toBeGreaterThanOrEqual(85);
    expect(offers.length).toBeLessThanOrEqual(115);
    for (const scheme of SCHEMES) {
      const found = scheme.codes.map((code) => offers.find((o) => o.code === code));
      expect(found.every(Boolean), scheme.codes.join()).toBe(true);
      found.forEach((offer, i) => {
        expect(offer!.scope_locality_code).toBe(scheme.scopes[i]);
        expect(offer!.tier).toBe(scheme.tier);
        expect(
          stages
            .filter((s) => s.offer_code === offer!.code)
            .map((s) => s.stage_code)
            .sort(),
        ).toEqual(scheme.stages);
      });
      if (scheme.capacity) {
        const total = found.reduce((sum, o) => sum + (o!.capacity ?? 0), 0);
        expect(total).toBeGreaterThanOrEqual(scheme.capacity[0]!);
        expect(total).toBeLessThanOrEqual(scheme.capacity[1]!);
      } else {
        for (const offer of found) expect(offer!.capacity).toBeNull();
      }
    }
  });

  it('leaves at least one locality without a tier-1 offer for some stage in some year', async () => {
    const tierOne = await t.db
      .selectFrom('offers')
      .innerJoin('offer_stages', 'offer_stages.offer_code', 'offers.code')
      .innerJoin('cohorts', 'cohorts.offer_code', 'offers.code')
      .where('offers.tier', '=', 1)
      .select(['offers.scope_locality_code', 'offer_stages.stage_code', 'cohorts.start_date', 'cohorts.end_date'])
      .execute();
    const gaps = YEARS.flatMap((year) =>
      LOCALITY_CODES.flatMap((locality) =>
        STAGE_CODES.filter(
          (stage) =>
            !tierOne.some(
              (o) =>
                (o.scope_locality_code === locality || o.scope_locality_code === null) &&
                o.stage_code === stage &&
                o.start_date <= year.to &&
                o.end_date >= year.from,
            ),
        ).map((stage) => `${locality} ${stage} ${year.label}`),
      ),
    );
    expect(gaps.length).toBeGreaterThan(0);
    // The floor improves: the current year has fewer gaps than the first.
    expect(gaps.filter((g) => g.endsWith('2026-27')).length).toBeLessThan(
      gaps.filter((g) => g.endsWith('2022-23')).length,
    );
  });

  it('grows uptake year on year and gives participations sensible statuses and dates', async () => {
    const rows = await t.db.selectFrom('participations').select(['status', 'start_date', 'end_date']).execute();
    const taken = (year: (typeof YEARS)[number]) =>
      rows.filter(
        (r) =>
          (r.status === 'enrolled' || r.status === 'completed') && r.start_date >= year.from && r.start_date <= year.to,
      ).length;
    expect(taken(YEARS[3]!)).toBeGreaterThan(taken(YEARS[0]!));
    for (const r of rows) {
      if (r.status === 'completed' || r.status === 'withdrawn') expect(r.end_date! >= r.start_date).toBe(true);
      else expect(r.end_date).toBeNull();
      if (r.status === 'applied') expect(r.start_date > TODAY).toBe(true);
    }
  });

  it('has workplace practice records below the standard that improve, and reports in every workflow state', async () => {
    const records = await t.db.selectFrom('workplace_practice_records').selectAll().execute();
    const below = (year: string) =>
      records.filter(
        (r) =>
          r.year === year &&
          r.qi_projects +
            r.patient_safety +
            r.manager_buddying +
            r.induction +
            r.longer_placements +
            r.place_based_training +
            r.step_up +
            r.shadowing +
            r.senior_meetings <
            5,
      ).length;
    expect(below('2022-23')).toBeGreaterThan(below('2026-27'));
    expect(below('2026-27')).toBeGreaterThan(0);
    const statuses = await t.db.selectFrom('progress_reports').select('status').distinct().execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    const scores = await t.db
      .selectFrom('self_assessment_scores')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(scores.n) % 24).toBe(0);
  });

  it('rebuilds deterministically: another seed gives other rows, the same seed the same rows, and each build bumps the data version', async () => {
    await buildDemoData(t.db, { traineesPerYear: N, seed: 'beta', today: TODAY });
    expect(await checksum(t)).not.toBe(first);
    await buildDemoData(t.db, { traineesPerYear: N, seed: 'alpha', today: TODAY });
    expect(await checksum(t)).toBe(first);
    expect(await currentDataVersion(t.db)).toBe(versionAfterFirst + 2);
  });
});
