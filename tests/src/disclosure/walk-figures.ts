/**
 * Walks any API response and checks every figure in it against PRODUCT.md §4, written apart from
 * the server's rule (shared/src/disclosure.ts) so that the two can disagree. A response holds people
 * counts (`traineesInPost`, `filled`, the numerators and denominators of people measures), figures
 * (`{ numerator, denominator, value }` under a measure code), judgements beside them, and other
 * numbers. A number the walk cannot place is a finding too: a new response shape must be classified
 * here before it can pass, so no procedure returns figures this test has not looked at.
 */
import { LOCALITY_CODES, MEASURE_CODES, type MeasureCode, REGIONS } from '@ldm/shared';

/** Where a figure belongs: England, a region, a locality, or a national offer's cohorts. */
export type Scope =
  | { kind: 'england' }
  | { kind: 'region'; code: string }
  | { kind: 'locality'; code: string }
  | { kind: 'national-offer' };

/**
 * Numbers that are not people counts, by key: ids, versions, places, scores, plan actions (M8
 * counts actions), reference numbering, funnel-curve sample sizes, statistics, the number of workplace practices an employer provides,
 * and the number of quarters in an SPC series.
 */
const NOT_PEOPLE = new Set([
  'id',
  'createdBy',
  'dataVersion',
  'places',
  'capacity',
  'tier',
  'tiers',
  'value',
  'centre',
  'score',
  'number',
  'principleNumber',
  'principles',
  'recommendations',
  'share',
  'byStatus',
  'dueByPeriodEnd',
  'completeOfDue',
  'practicesProvided',
  'total',
  'overdue',
  'mean',
  'upperProcessLimit',
  'lowerProcessLimit',
  'target',
  'k',
  'phi',
  'tau2',
  'practicesProvided',
  'quarters',
]);
/** The funnel's limit curves are drawn at sample denominators: not anyone's count. */
const CURVE = /\.(curve|adjustedCurve)\[\d+\]$/;

/** Keys under which a response carries a judgement computed from exact counts. */
const JUDGEMENT_KEYS = new Set(['flag', 'comparison', 'vsEngland', 'vsEngland998', 'judgement', 'signal', 'variation']);

const PEOPLE_NUMERATOR: ReadonlySet<string> = new Set(['M1', 'M1.1', 'M1.2', 'M1.3', 'M3', 'M4', 'M5', 'M6']);
const PEOPLE_DENOMINATOR: ReadonlySet<string> = new Set(['M1', 'M1.1', 'M1.2', 'M1.3', 'M3', 'M4', 'M6']);
const NEVER_HIDDEN: ReadonlySet<string> = new Set(['M2', 'M7', 'M8']);
const REGION_CODES: ReadonlySet<string> = new Set(REGIONS.map((r) => r.code));
const LOCALITY_SET: ReadonlySet<string> = new Set(LOCALITY_CODES);
const MEASURE_SET: ReadonlySet<string> = new Set(MEASURE_CODES);

export type Shown = number | '*';

/** A people count as §4 allows it to be shown at this scope (own locality: anything). */
export function countAllowed(count: unknown, scope: Scope, ownLocality: string | null): boolean {
  if (scope.kind === 'locality' && scope.code === ownLocality) return typeof count === 'number';
  if (count === '*' || count === 0) return true;
  if (typeof count !== 'number' || !Number.isInteger(count)) return false;
  return scope.kind === 'england' ? count >= 8 : count >= 10 && count % 5 === 0;
}

/** numerator ÷ denominator as shown, to 4 places; `*` when either is hidden, null for no data. */
export function expectedShare(numerator: Shown, denominator: Shown): number | null | '*' {
  if (numerator === '*' || denominator === '*') return '*';
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

interface Context {
  path: string;
  /** The key this value sits under (measure codes such as M1.1 hold dots, so not split from the path). */
  key: string;
  scope: Scope | undefined;
  measureCode: MeasureCode | undefined;
}

export interface WalkResult {
  findings: string[];
  /** How many people counts and figures were checked (a walk that checks nothing proves nothing). */
  checkedCounts: number;
  checkedFigures: number;
}

function scopeOf(key: string, node: Record<string, unknown>, outer: Scope | undefined): Scope | undefined {
  if (key === 'england' || node.code === 'ENG') return { kind: 'england' };
  const code = typeof node.code === 'string' ? node.code : undefined;
  if (code && REGION_CODES.has(code)) return { kind: 'region', code };
  if (code && LOCALITY_SET.has(code)) return { kind: 'locality', code };
  if (typeof node.localityCode === 'string' && LOCALITY_SET.has(node.localityCode))
    return { kind: 'locality', code: node.localityCode };
  // An offer: its cohorts' fills belong to its scope.
  if (node.scope === 'national') return { kind: 'national-offer' };
  if (typeof node.scope === 'string' && LOCALITY_SET.has(node.scope)) return { kind: 'locality', code: node.scope };
  return outer;
}

function describeScope(scope: Scope | undefined): string {
  if (!scope) return 'no scope';
  return scope.kind === 'england' || scope.kind === 'national-offer' ? scope.kind : `${scope.kind} ${scope.code}`;
}

/**
 * Checks one response as seen by a viewer whose own locality is `ownLocality` (null: none);
 * `scope` is the locality the procedure was asked about, if any.
 */
export function walkFigures(response: unknown, ownLocality: string | null, at: string, scope?: Scope): WalkResult {
  const result: WalkResult = { findings: [], checkedCounts: 0, checkedFigures: 0 };
  const find = (ctx: Context, what: string) =>
    result.findings.push(`${ctx.path} (${describeScope(ctx.scope)}): ${what}`);
  const checkCount = (ctx: Context, count: unknown) => {
    result.checkedCounts++;
    if (!ctx.scope) find(ctx, `people count ${String(count)} with no scope`);
    else if (!countAllowed(count, ctx.scope, ownLocality)) find(ctx, `people count shown as ${String(count)}`);
  };

  const visit = (value: unknown, ctx: Context): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'number' && !NOT_PEOPLE.has(ctx.key)) find(ctx, `unclassified number ${item} in a list`);
        visit(item, { ...ctx, path: `${ctx.path}[${i}]` });
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    const key = ctx.key;
    const scope = scopeOf(key, node, ctx.scope);
    let measureCode = ctx.measureCode;
    if (MEASURE_SET.has(key)) measureCode = key as MeasureCode;
    if (key === 'uptakeByTier') measureCode = 'M3';
    if (typeof node.measureCode === 'string' && MEASURE_SET.has(node.measureCode))
      measureCode = node.measureCode as MeasureCode;
    const here: Context = { ...ctx, scope, measureCode };
    const isFigure = 'numerator' in node && 'denominator' in node;
    if (isFigure) checkFigure(node, here);
    for (const [k, v] of Object.entries(node)) {
      const child: Context = { ...here, path: `${ctx.path}.${k}`, key: k };
      if (isFigure && (k === 'numerator' || k === 'denominator' || k === 'value' || JUDGEMENT_KEYS.has(k))) continue;
      if (k === 'traineesInPost' || k === 'filled') checkCount(child, v);
      else if (typeof v === 'number' && !NOT_PEOPLE.has(k) && !NOT_PEOPLE.has(ctx.key) && !CURVE.test(ctx.path))
        find(child, `unclassified number ${v}`);
      else visit(v, child);
    }
  };

  const checkFigure = (node: Record<string, unknown>, ctx: Context) => {
    result.checkedFigures++;
    const { numerator, denominator } = node as { numerator: Shown; denominator: Shown };
    const code = ctx.measureCode;
    if (!code) {
      find(ctx, 'figure with no measure code');
      return;
    }
    if (NEVER_HIDDEN.has(code) && (numerator === '*' || denominator === '*' || node.value === '*'))
      find(ctx, `${code} is never hidden, shown as ${numerator}/${denominator}`);
    if (PEOPLE_NUMERATOR.has(code)) checkCount({ ...ctx, path: `${ctx.path}.numerator` }, numerator);
    if (PEOPLE_DENOMINATOR.has(code)) checkCount({ ...ctx, path: `${ctx.path}.denominator` }, denominator);
    else if (typeof denominator !== 'number') find(ctx, `${code}'s denominator is not people, shown as ${denominator}`);
    if ('value' in node && node.value !== expectedShare(numerator, denominator))
      find(ctx, `${code} share ${String(node.value)} is not ${numerator}/${denominator} as shown`);
    const hidden = numerator === '*' || denominator === '*';
    for (const k of Object.keys(node)) {
      if (JUDGEMENT_KEYS.has(k) && hidden && node[k] !== 'not compared')
        find(ctx, `judgement ${k} = ${String(node[k])} beside a hidden figure`);
    }
  };

  visit(response, { path: at, key: '', scope, measureCode: undefined });
  return result;
}
