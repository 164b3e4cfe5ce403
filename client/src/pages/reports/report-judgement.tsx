/**
 * The report's judgement, as frozen: each measure's baseline → latest → target with its status,
 * beside England (95%) and read over time (SPC), and the breakdowns a dean asks for first —
 * trainee measures by stage, uptake by tier.
 */

import { MEASURES, STAGES, TIERS } from '@ldm/shared';
import { DataTable, type TableColumn } from '../../components/data-table';
import { JudgementBadge } from '../../components/measures/judgement-badge';
import { countText, figureText } from '../../lib/figures';
import { formatPercent } from '../../lib/format';
import type { RouterOutputs } from '../../lib/trpc';

type Contents = RouterOutputs['report']['preview'];
type ProgressRow = Contents['progress'][number];
type StageRow = Contents['byStage'][number];

const measureOf = (code: string) => MEASURES.find((m) => m.code === code)!;

const PROGRESS_COLUMNS: TableColumn<ProgressRow>[] = [
  { id: 'measure', header: 'Measure', text: (r) => `${r.measureCode} ${measureOf(r.measureCode).name}` },
  {
    id: 'baseline',
    header: 'Baseline',
    text: (r) =>
      r.baseline ? `${figureText(measureOf(r.measureCode).unit, r.baseline)} (${r.baseline.period})` : 'not set',
  },
  { id: 'latest', header: 'Latest', text: (r) => figureText(measureOf(r.measureCode).unit, r.latest) },
  {
    id: 'target',
    header: 'Target',
    text: (r) =>
      r.target
        ? `${figureText(measureOf(r.measureCode).unit, { value: r.target.value, numerator: 0, denominator: 1 })} (${r.target.period})`
        : 'not set',
  },
  { id: 'status', header: 'Status', text: (r) => r.status },
];

type Spc = NonNullable<ProgressRow['spc']>;
const VARIATION_WORDS: Record<NonNullable<Spc['variation']>, string> = {
  improvement: 'Special cause: improvement',
  concern: 'Special cause: concern',
  'common cause': 'Common cause',
};
const ASSURANCE_WORDS: Record<NonNullable<Spc['assurance']>, string> = {
  pass: 'will meet the target',
  fail: 'will not meet the target',
  'hit or miss': 'may or may not meet the target',
};

const OVER_TIME_COLUMNS: TableColumn<ProgressRow>[] = [
  PROGRESS_COLUMNS[0]!,
  {
    id: 'england',
    header: 'England',
    numeric: true,
    text: (r) => (r.comparison ? figureText('proportion', r.comparison.england) : 'not compared'),
  },
  {
    id: 'interval',
    header: '95% interval',
    numeric: true,
    text: (r) => {
      const ends = r.comparison?.ci95;
      return ends ? `${formatPercent(ends[0])} to ${formatPercent(ends[1])}` : '—';
    },
  },
  {
    id: 'vsEngland',
    header: 'Compared with England',
    text: (r) => r.comparison?.vsEngland ?? 'not compared',
    render: (r) => <JudgementBadge judgement={r.comparison?.vsEngland ?? 'not compared'} />,
  },
  {
    id: 'variation',
    header: 'Variation over time',
    text: (r) =>
      r.spc?.variation
        ? `${VARIATION_WORDS[r.spc.variation]} (${r.spc.quarters} quarters, ${r.spc.from} to ${r.spc.to})`
        : r.spc?.runChartBecause === 'hidden figures'
          ? 'not shown: some quarters are hidden figures'
          : 'fewer than 13 quarters with data',
  },
  {
    id: 'assurance',
    header: 'Assurance',
    text: (r) => (r.spc?.assurance ? `The process ${ASSURANCE_WORDS[r.spc.assurance]}` : r.target ? '—' : 'no target'),
  },
];

const stageName = (key: string) => STAGES.find((s) => s.code === key)?.name ?? key;
const STAGE_COLUMNS: TableColumn<StageRow>[] = [
  { id: 'stage', header: 'Stage', text: (r) => stageName(r.key) },
  { id: 'trainees', header: 'Trainees in post', text: (r) => countText(r.traineesInPost), numeric: true },
  ...(['M1', 'M3', 'M6'] as const).map(
    (code): TableColumn<StageRow> => ({
      id: code,
      header: `${code} ${measureOf(code).name}`,
      text: (r) => (r.measures[code] ? figureText('proportion', r.measures[code]) : ''),
      numeric: true,
    }),
  ),
];

export function ReportJudgement({ contents }: { contents: Contents }) {
  const period = contents.period.label;
  const tiers = contents.uptakeByTier;
  return (
    <>
      {contents.progress.length ? (
        <DataTable
          caption={`Baseline, latest and target, ${period}`}
          columns={PROGRESS_COLUMNS}
          rows={contents.progress}
          exportName={`report-progress-${period}`}
        />
      ) : null}
      {contents.progress.length ? (
        <DataTable
          caption={`Compared with England (95%) and over time (SPC), ${period}`}
          columns={OVER_TIME_COLUMNS}
          rows={contents.progress}
          exportName={`report-england-and-variation-${period}`}
        />
      ) : null}
      {contents.byStage.length ? (
        <DataTable
          caption={`By stage, ${period}`}
          columns={STAGE_COLUMNS}
          rows={contents.byStage}
          exportName={`report-by-stage-${period}`}
        />
      ) : null}
      {tiers ? (
        <p>
          Uptake by tier:{' '}
          {TIERS.map((t) => {
            const figure = (tiers as Record<string, (typeof tiers)[keyof typeof tiers]>)[String(t.tier)];
            return `tier ${t.tier} (${t.name.toLowerCase()}) ${figure ? figureText('proportion', figure) : 'no data'}`;
          }).join('; ')}
          .
        </p>
      ) : null}
    </>
  );
}
