/**
 * Disclosure control (PRODUCT.md §4) tried as a hostile viewer would, on a small demo data set:
 * - every read procedure of the app router (enumerated, so a new one cannot be missed) and every
 *   CSV export, signed in as a national member and as a dean of another locality: every people
 *   count of another locality or region is 0, * or a multiple of 5, England's are never 1–7, every
 *   share is the shown numerator over the shown denominator, M2/M7/M8 are never *;
 * - subtraction: for every total shown with its parts (England and its localities or regions, a
 *   region and its localities, a breakdown and its groups, a denominator and its numerator, M5's
 *   fill and its cohorts), no part hidden from the viewer can be worked out exactly — and the same
 *   check on the old rule (only 1–7 hidden) finds each of the leaks of issue 16, so it can fail;
 * - a locality's own dean and lead still see exact figures.
 */

import { testDatabaseForSuite } from '@ldm/db/testing';
import type { SessionUser } from '@ldm/server/context';
import { buildDemoDatabase } from '@ldm/server/demo/build-demo-database';
import { appRouter } from '@ldm/server/router';
import { callAs } from '@ldm/server/testing/call-as';
import type { Access } from '@ldm/server/trpc';
import { LOCALITIES, LOCALITY_CODES, type LocalityCode, REGIONS } from '@ldm/shared';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeRecovery,
  type Level,
  type Part,
  type Recovery,
  recoverable,
  type Sum,
  showUnderOldRule,
} from './subtraction';
import { countAllowed, expectedShare, type Scope, type Shown, walkFigures } from './walk-figures';

const TODAY = '2026-11-23';
/** The latest complete financial year and one of its quarters (smaller counts). */
const PERIODS = ['2025-26', '2025-26 Q3'];
const FOREIGN_DEAN_LOCALITY: LocalityCode = 'YH';
const OWN: LocalityCode = 'NE';

type Procedure = { _def: { type: string; meta?: { access?: Access } } };
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;
const queryPaths = Object.keys(procedures)
  .filter((p) => procedures[p]!._def.type === 'query')
  .sort();

function procedureOf(api: ReturnType<typeof callAs>, path: string) {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (
    input: unknown,
  ) => Promise<unknown>;
}

function isRefused(error: unknown): boolean {
  const code = (error as { name?: string; code?: string }).name === 'TRPCError' ? (error as { code: string }).code : '';
  return code === 'FORBIDDEN' || code === 'UNAUTHORIZED';
}

const t = testDatabaseForSuite();
let users: { national: SessionUser; foreignDean: SessionUser; ownDean: SessionUser; ownLead: SessionUser };
/** Per locality: an offer of its own, and its approved reports. */
let offerOf: Map<string, string>;
let approvedReportsOf: Map<string, number[]>;

beforeAll(async () => {
  await buildDemoDatabase(t.db, { traineesPerYear: 1500, seed: 'disclosure', today: TODAY }, () => {});
  const rows = await t.db.selectFrom('users').select(['id', 'email', 'name', 'role', 'locality_code']).execute();
  const user = (role: string, locality: string | null): SessionUser => {
    const row = rows.find((r) => r.role === role && r.locality_code === locality)!;
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role as SessionUser['role'],
      localityCode: locality,
    };
  };
  users = {
    national: user('national', null),
    foreignDean: user('dean', FOREIGN_DEAN_LOCALITY),
    ownDean: user('dean', OWN),
    ownLead: user('academy_lead', OWN),
  };
  const offers = await t.db.selectFrom('offers').select(['code', 'scope_locality_code']).orderBy('code').execute();
  offerOf = new Map();
  for (const o of offers)
    if (o.scope_locality_code && !offerOf.has(o.scope_locality_code)) offerOf.set(o.scope_locality_code, o.code);
  const reports = await t.db
    .selectFrom('progress_reports')
    .select(['id', 'locality_code'])
    .where('status', '=', 'approved')
    .execute();
  approvedReportsOf = new Map();
  for (const r of reports)
    approvedReportsOf.set(r.locality_code, [...(approvedReportsOf.get(r.locality_code) ?? []), r.id]);
}, 120_000);

/** The inputs to call a procedure with for one locality and period (several for report.get). */
function inputsFor(path: string, localityCode: LocalityCode, period: string): object[] {
  const base = { localityCode, period };
  if (path === 'offer.get') return [{ ...base, code: offerOf.get(localityCode) }];
  if (path === 'report.get')
    return (approvedReportsOf.get(localityCode) ?? []).map((reportId) => ({ ...base, reportId }));
  if (path === 'resource.search') return [{ ...base, search: '' }];
  return [base];
}

interface Answer {
  path: string;
  input: object;
  response: unknown;
}

/** Every read procedure, for every locality and period, as this user; refusals are counted apart. */
async function callEveryQuery(user: SessionUser) {
  const api = callAs(t.db, user);
  const answers: Answer[] = [];
  const refused = new Set<string>();
  for (const path of queryPaths) {
    const access = procedures[path]!._def.meta?.access;
    // Locality-scoped procedures are asked about every locality but the user's own (exact by design).
    const localities =
      access === 'public' || access === 'signedIn' || access === 'national'
        ? [OWN]
        : LOCALITY_CODES.filter((l) => l !== user.localityCode);
    for (const period of PERIODS) {
      for (const localityCode of localities) {
        for (const input of inputsFor(path, localityCode, period)) {
          try {
            answers.push({ path, input, response: await procedureOf(api, path)(input) });
          } catch (error) {
            if (!isRefused(error)) throw new Error(`${path} ${JSON.stringify(input)}: ${String(error)}`);
            refused.add(path);
          }
        }
      }
    }
  }
  return { answers, refused };
}

function csvRows(csv: string): Record<string, string>[] {
  return parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
}

function shownOf(cell: string): Shown {
  return cell === '*' ? '*' : Number(cell);
}

describe('disclosure control on every response (PRODUCT.md §4)', () => {
  it.each([
    ['a national member', () => users.national],
    ['a dean of another locality', () => users.foreignDean],
  ])(
    'signed in as %s, every read procedure shows figures under the rule',
    async (_who, who) => {
      const user = who();
      const { answers, refused } = await callEveryQuery(user);
      const findings: string[] = [];
      let counts = 0;
      let figures = 0;
      for (const answer of answers) {
        const asked = procedures[answer.path]!._def.meta?.access;
        const localityCode = (answer.input as { localityCode: string }).localityCode;
        const scope =
          asked === 'public' || asked === 'signedIn' || asked === 'national'
            ? undefined
            : { kind: 'locality' as const, code: localityCode };
        const walk = walkFigures(
          answer.response,
          user.localityCode,
          `${answer.path} ${JSON.stringify(answer.input)} `,
          scope,
        );
        findings.push(...walk.findings);
        counts += walk.checkedCounts;
        figures += walk.checkedFigures;
      }
      const kinds = [
        ...new Set(
          findings.map((f) =>
            f
              .replace(/\{[^}]*\}/, '')
              .replace(/\[\d+\]/g, '[]')
              .replace(/-?\d+(\.\d+)?/g, 'N')
              .replace(/\((locality|region) [A-Z]+\)/, '(L)'),
          ),
        ),
      ];
      expect(kinds).toEqual([]);
      // Every read procedure either answered or was refused by its access rule (not a broken fixture).
      const answered = new Set(answers.map((a) => a.path));
      for (const path of queryPaths) expect(answered.has(path) || refused.has(path), path).toBe(true);
      expect(answered).toContain('measure.national');
      expect(answered).toContain('export.measures');
      expect(counts).toBeGreaterThan(1000);
      expect(figures).toBeGreaterThan(500);
    },
    300_000,
  );

  it('puts every CSV export under the rule, for every viewer, own locality included', async () => {
    /** A row of a measures file: people counts as §4 allows at the row's scope, the share from the shown figures. */
    const checkFigures = (row: Record<string, string>, scope: Scope, where: string) => {
      expect(countAllowed(shownOf(row.trainees_in_post!), scope, null), where).toBe(true);
      const numerator = shownOf(row.numerator!);
      const denominator = shownOf(row.denominator!);
      if (['M2', 'M7', 'M8'].includes(row.measure!)) expect([numerator, denominator], where).not.toContain('*');
      else expect(countAllowed(numerator, scope, null), where).toBe(true);
      if (!['M2', 'M5', 'M7', 'M8'].includes(row.measure!))
        expect(countAllowed(denominator, scope, null), where).toBe(true);
      const share = expectedShare(numerator, denominator);
      expect(row.value === '' ? null : shownOf(row.value!), where).toEqual(share);
    };
    const areaScope = (row: Record<string, string>): Scope =>
      row.area_type === 'England'
        ? { kind: 'england' }
        : { kind: row.area_type as 'region' | 'locality', code: row.area_code! };
    let checked = 0;
    for (const user of [users.national, users.foreignDean, users.ownDean]) {
      const api = callAs(t.db, user);
      const localities = user.localityCode ? [user.localityCode as LocalityCode] : LOCALITY_CODES;
      for (const period of PERIODS) {
        const files = [
          await api.export.measures({ period }),
          ...(await Promise.all(localities.map((localityCode) => api.export.locality({ localityCode, period })))),
        ];
        for (const file of files)
          for (const row of csvRows(file.csv)) {
            checkFigures(row, areaScope(row), `${user.email} ${file.fileName} ${row.area_code} ${row.measure}`);
            checked++;
          }
        for (const localityCode of localities)
          for (const by of ['stage', 'organisation', 'ethnicGroup'] as const) {
            const file = await api.export.breakdown({ localityCode, period, by });
            for (const row of csvRows(file.csv)) {
              const scope: Scope =
                row.locality_code === 'ENG' ? { kind: 'england' } : { kind: 'locality', code: row.locality_code! };
              checkFigures(row, scope, `${user.email} ${file.fileName} ${row.group} ${row.measure}`);
              checked++;
            }
          }
      }
      for (const localityCode of localities) {
        const offers = csvRows((await api.export.offers({ localityCode })).csv);
        for (const row of offers)
          expect(countAllowed(shownOf(row.filled!), { kind: 'national-offer' }, null), row.code).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);
});

/** A node of a response that holds people counts: a locality, region, England, or breakdown group. */
type Node = Record<string, unknown>;

const BOTH_PEOPLE = ['M1', 'M1.1', 'M1.2', 'M1.3', 'M3', 'M4', 'M6'];
const COUNT_FIELDS: string[][] = [
  ['traineesInPost'],
  ...BOTH_PEOPLE.flatMap((m) => [
    ['measures', m, 'numerator'],
    ['measures', m, 'denominator'],
  ]),
  ['measures', 'M5', 'numerator'],
  ...['1', '2', '3'].flatMap((tier) => [
    ['uptakeByTier', tier, 'numerator'],
    ['uptakeByTier', tier, 'denominator'],
  ]),
];

function at(node: unknown, field: string[]): Shown | undefined {
  const value = field.reduce<unknown>((n, key) => (n as Node | undefined)?.[key], node);
  return value === undefined ? undefined : (value as Shown);
}

function exactAt(node: unknown, field: string[]): number {
  const value = at(node, field);
  if (typeof value !== 'number') throw new Error(`expected an exact count at ${field.join('.')}, got ${value}`);
  return value;
}

/** A thing shown and its exact counterpart (what the locality's own dean sees). */
interface Pair {
  label: string;
  shown: unknown;
  exact: unknown;
  level: Level;
}

function part(pair: Pair, field: string[]): Part | null {
  const shown = at(pair.shown, field);
  return shown === undefined
    ? null
    : { label: pair.label, shown, exact: exactAt(pair.exact, field), level: pair.level };
}

/** For every count field: the total and its parts as a sum (fields a node lacks are left out). */
function sumsOver(kind: string, label: string, total: Pair, parts: Pair[]): Sum[] {
  return COUNT_FIELDS.flatMap((field) => {
    const totalPart = part(total, field);
    const partList = parts.map((p) => part(p, field));
    if (!totalPart || partList.some((p) => p === null)) return [];
    return [{ kind, label: `${label}, ${field.join(' ')}`, total: totalPart, parts: partList as Part[] }];
  });
}

/** Each people measure's denominator as the sum of its numerator and the rest (never shown). */
function complementSums(label: string, pair: Pair): Sum[] {
  return BOTH_PEOPLE.flatMap((m) => {
    const numerator = part(pair, ['measures', m, 'numerator']);
    const denominator = part(pair, ['measures', m, 'denominator']);
    if (!numerator || !denominator) return [];
    const rest: Part = {
      label: 'the rest',
      shown: null,
      exact: denominator.exact - numerator.exact,
      level: pair.level,
    };
    return [
      { kind: 'a denominator and its numerator', label: `${label} ${m}`, total: denominator, parts: [numerator, rest] },
    ];
  });
}

function pooled(nodes: unknown[]): Node {
  const sum = (field: string[]) => nodes.reduce<number>((s, n) => s + exactAt(n, field), 0);
  const node: Node = { traineesInPost: sum(['traineesInPost']), measures: {} };
  for (const m of [...BOTH_PEOPLE, 'M5'])
    (node.measures as Node)[m] = {
      numerator: sum(['measures', m, 'numerator']),
      denominator: sum(['measures', m, 'denominator']),
    };
  return node;
}

/** Every total a national member is shown with its parts, in one period, with the exact counts behind them. */
async function sumsShownToNational(period: string): Promise<Sum[]> {
  const national = callAs(t.db, users.national);
  const overview = await national.measure.national({ period });
  const deanRows = await t.db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locality_code'])
    .where('role', '=', 'dean')
    .execute();
  const exactLocality = new Map<string, Node>();
  const shownLocality = new Map<string, Node>();
  const sums: Sum[] = [];
  for (const localityCode of LOCALITY_CODES) {
    const row = deanRows.find((r) => r.locality_code === localityCode)!;
    const dean = callAs(t.db, { id: row.id, email: row.email, name: row.name, role: 'dean', localityCode });
    const exact = (await dean.measure.locality({ localityCode, period })) as unknown as Node;
    const shown = (await national.measure.locality({ localityCode, period })) as unknown as Node;
    exactLocality.set(localityCode, exact);
    shownLocality.set(localityCode, shown);
    const whole: Pair = { label: `${period} ${localityCode}`, shown, exact, level: 'below-england' };
    // A breakdown and its groups; each group's denominator and numerator.
    for (const [by, groups] of Object.entries(shown.breakdowns as Record<string, Node[]>)) {
      const exactGroups = (exact.breakdowns as Record<string, Node[]>)[by]!;
      const pairs = groups.map((g) => ({
        label: `${by} ${String(g.key)}`,
        shown: g,
        exact: exactGroups.find((e) => e.key === g.key),
        level: 'below-england' as const,
      }));
      sums.push(...sumsOver(`a ${by} breakdown and its groups`, `${whole.label} by ${by}`, whole, pairs));
      for (const p of pairs) sums.push(...complementSums(`${whole.label} ${p.label}`, p));
    }
    sums.push(...complementSums(whole.label, whole));
    // M5's fill and the fills of the cohorts it counts: the locality's own offers' cohorts starting in the period.
    const shownOffers = await national.offer.list({ localityCode });
    const exactOffers = await dean.offer.list({ localityCode });
    const cohorts = shownOffers
      .filter((o) => o.scope === localityCode)
      .flatMap((o) => o.cohorts)
      .filter((c) => c.startDate >= overview.from && c.startDate <= overview.to);
    const exactFill = new Map(exactOffers.flatMap((o) => o.cohorts).map((c) => [c.code, c.filled]));
    const m5 = part(whole, ['measures', 'M5', 'numerator'])!;
    if (cohorts.length > 0)
      sums.push({
        kind: "M5's fill and its cohorts",
        label: `${whole.label} M5`,
        total: m5,
        parts: cohorts.map((c) => ({
          label: `cohort ${c.code}`,
          shown: c.filled,
          exact: exactFill.get(c.code) as number,
          level: 'below-england',
        })),
      });
  }
  const localityPair = (code: string): Pair => ({
    label: code,
    shown: overview.localities.find((l) => l.code === code),
    exact: exactLocality.get(code),
    level: 'below-england',
  });
  const englandPair: Pair = {
    label: `${period} England`,
    shown: overview.england,
    exact: pooled([...exactLocality.values()]),
    level: 'england',
  };
  sums.push(
    ...sumsOver('England and its localities', englandPair.label, englandPair, LOCALITY_CODES.map(localityPair)),
  );
  const regionPairs = REGIONS.map((region) => {
    const codes = LOCALITIES.filter((l) => l.regionCode === region.code).map((l) => l.code);
    const pair: Pair = {
      label: region.code,
      shown: overview.regions.find((r) => r.code === region.code),
      exact: pooled(codes.map((c) => exactLocality.get(c))),
      level: 'below-england',
    };
    sums.push(...sumsOver('a region and its localities', `${period} ${region.code}`, pair, codes.map(localityPair)));
    sums.push(...complementSums(`${period} ${region.code}`, pair));
    return pair;
  });
  sums.push(...sumsOver('England and its regions', englandPair.label, englandPair, regionPairs));
  return sums;
}

describe('differencing: no hidden count comes back by subtraction', () => {
  let sums: Sum[];
  beforeAll(async () => {
    sums = (await Promise.all(PERIODS.map(sumsShownToNational))).flat();
  }, 300_000);

  it('finds nothing to recover from what a national member is shown', () => {
    const kinds = new Set(sums.map((s) => s.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    // The ranges below assume the shown counts are rounded as §4 says; check that first.
    const shownCounts = sums.flatMap((s) => [s.total, ...s.parts]).filter((p) => p.shown !== null);
    expect(
      shownCounts
        .filter(
          (p) => !countAllowed(p.shown, p.level === 'england' ? { kind: 'england' } : { kind: 'national-offer' }, null),
        )
        .map((p) => `${p.label} ${p.shown}`),
    ).toEqual([]);
    const recovered = sums.flatMap((s) => recoverable(s, 'current'));
    expect(recovered.filter((r) => !r.corner).map(describeRecovery)).toEqual([]);
    if (process.env.PRINT_DISCLOSURE_EXAMPLES) for (const r of recovered) console.log(`corner: ${describeRecovery(r)}`);
  });

  it('would find each leak of issue 16 under the old rule (so the check can fail)', () => {
    const old: Recovery[] = sums.flatMap((s) =>
      recoverable(
        {
          ...s,
          total: { ...s.total, shown: s.total.shown === null ? null : showUnderOldRule(s.total.exact) },
          parts: s.parts.map((p) => ({ ...p, shown: p.shown === null ? null : showUnderOldRule(p.exact) })),
        },
        'old',
      ),
    );
    // A leak of issue 16: a count the old rule hid (1 to 7) worked out exactly by subtraction.
    const leaks = old.filter((r) => !r.corner && r.part.exact <= 7);
    const leakedKinds = new Set(leaks.map((r) => r.sum.kind));
    if (process.env.PRINT_DISCLOSURE_EXAMPLES) console.log([...leakedKinds]);
    // The issue's specialty and cohort cases need one hidden group among large ones, which this
    // small data set does not have; subtraction.test.ts replays them with the issue's own numbers.
    for (const kind of [
      'a stage breakdown and its groups',
      'a ethnicGroup breakdown and its groups',
      'a sex breakdown and its groups',
      'a region and its localities',
      'a denominator and its numerator',
    ])
      expect(leakedKinds, kind).toContain(kind);
    if (process.env.PRINT_DISCLOSURE_EXAMPLES) {
      for (const kind of leakedKinds) {
        const before = leaks.find((r) => r.sum.kind === kind)!;
        const after = sums.find((s) => s.label === before.sum.label)!;
        console.log(
          `${kind}\n  before: ${describeRecovery(before)}\n  after:  ${after.label}: total ${after.total.shown}; parts ${after.parts.map((p) => `${p.label} ${p.shown ?? '(not shown)'}`).join(', ')}`,
        );
      }
    }
  });
});

describe("a locality's own users", () => {
  it('see their own figures exact, breakdowns and cohort fills included', async () => {
    for (const user of [users.ownDean, users.ownLead]) {
      const api = callAs(t.db, user);
      for (const period of PERIODS) {
        const own = await api.measure.locality({ localityCode: OWN, period });
        // Exact means the parts add up to the whole, which rounding would break somewhere.
        for (const groups of Object.values(own.breakdowns)) {
          expect(groups.reduce((sum, g) => sum + (g.traineesInPost as number), 0)).toBe(own.traineesInPost);
          expect(groups.reduce((sum, g) => sum + (g.measures.M3!.numerator as number), 0)).toBe(
            own.measures.M3.numerator,
          );
        }
        const national = await api.measure.national({ period });
        const row = national.localities.find((l) => l.code === OWN)!;
        // The national row adds each proportion measure's judgement against England.
        expect(row.measures).toMatchObject(own.measures);
        expect(row.traineesInPost).toBe(own.traineesInPost);
      }
      const exactFills = await t.db
        .selectFrom('cohorts')
        .innerJoin('offers', 'offers.code', 'cohorts.offer_code')
        .leftJoin('participations as p', (join) =>
          join.onRef('p.cohort_code', '=', 'cohorts.code').on('p.status', 'in', ['enrolled', 'completed']),
        )
        .select(['cohorts.code'])
        .select((eb) => eb.fn.count<number>('p.gmc_number').as('filled'))
        .where('offers.scope_locality_code', '=', OWN)
        .groupBy('cohorts.code')
        .execute();
      const shown = (await api.offer.list({ localityCode: OWN })).flatMap((o) => o.cohorts);
      expect(
        Object.fromEntries(
          shown.filter((c) => exactFills.some((e) => e.code === c.code)).map((c) => [c.code, c.filled]),
        ),
      ).toEqual(Object.fromEntries(exactFills.map((e) => [e.code, Number(e.filled)])));
    }
  });

  it('see their approved reports exact, and a national member sees them under the rule', async () => {
    const reportId = approvedReportsOf.get(OWN)![0]!;
    const stored = await t.db
      .selectFrom('progress_reports')
      .select('measures_snapshot')
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    const frozen = JSON.parse(stored.measures_snapshot!) as {
      traineesInPost: number;
      measures: Record<string, unknown>;
    };
    const ownView = await callAs(t.db, users.ownDean).report.get({ localityCode: OWN, reportId });
    expect(ownView.measures?.traineesInPost).toBe(frozen.traineesInPost);
    expect(ownView.measures?.measures).toEqual(frozen.measures);
    const nationalView = await callAs(t.db, users.national).report.get({ localityCode: OWN, reportId });
    const m3 = nationalView.measures!.measures!.M3;
    expect(countAllowed(nationalView.measures!.traineesInPost, { kind: 'locality', code: OWN }, null)).toBe(true);
    expect(m3.value).toEqual(expectedShare(m3.numerator, m3.denominator));
    // Rounded from the frozen exact count (halves up), computed here by hand: never the exact figure unless a multiple of 5.
    const exactM3 = (frozen.measures.M3 as { numerator: number }).numerator;
    expect(m3.numerator).toBe(exactM3 === 0 ? 0 : exactM3 <= 7 ? '*' : Math.floor(exactM3 / 5 + 0.5) * 5);
  });
});
