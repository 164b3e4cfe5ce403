/** Every review period's ratings side by side, principle by principle, with the mean score (M7). */
import { PRINCIPLES } from '@ldm/shared';
import { DataTable, type TableColumn } from '../../components/data-table';
import type { RouterOutputs } from '../../lib/trpc';

type Assessment = RouterOutputs['selfAssessment']['history'][number];
interface PrincipleRow {
  label: string;
  scoreIn: (a: Assessment) => number | null;
}

const MEAN_ROW: PrincipleRow = { label: 'Mean score (M7)', scoreIn: (a) => a.mean };
const ROWS: PrincipleRow[] = [
  ...PRINCIPLES.map((p) => ({
    label: `${p.number}. ${p.name}`,
    scoreIn: (a: Assessment) => a.scores.find((s) => s.principleNumber === p.number)?.score ?? null,
  })),
  MEAN_ROW,
];

export function SelfAssessmentHistory({ history, exportName }: { history: Assessment[]; exportName: string }) {
  if (history.length === 0) return <p>No self-assessment has been saved yet.</p>;
  const columns: TableColumn<PrincipleRow>[] = [
    { id: 'principle', header: 'Principle', text: (row) => row.label, sortable: false },
    ...history.map((assessment) => ({
      id: assessment.period,
      header: `${assessment.period} (${assessment.assessedOn})`,
      numeric: true,
      sortable: false,
      text: (row: PrincipleRow) => {
        const score = row.scoreIn(assessment);
        if (score === null) return 'not rated';
        return row === MEAN_ROW ? `${score.toFixed(1)} of 3` : String(score);
      },
      // The file holds the score as a number (the mean unrounded), empty where not rated.
      csv: (row: PrincipleRow) => row.scoreIn(assessment),
    })),
  ];
  return (
    <DataTable
      caption="Ratings by review period (0 not started, 1 emerging, 2 established, 3 embedded)"
      columns={columns}
      rows={ROWS}
      exportName={exportName}
    />
  );
}
