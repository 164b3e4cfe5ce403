/**
 * The report's judgement, as frozen: each measure's baseline → latest → target with its status,
 * and the breakdowns a dean asks for first — trainee measures by stage, uptake by tier.
 */

import { MEASURES, STAGES, TIERS } from '@ldm/shared';
import { DataTable, type TableColumn } from '../../components/data-table';
import { countText, figureText } from '../../lib/figures';
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
