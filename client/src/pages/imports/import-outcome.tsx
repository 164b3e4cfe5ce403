/** What a check or an import found, in plain words: every problem, or what a clean file changes. */

import { formatCount } from '../../lib/format';
import type { RouterOutputs } from '../../lib/trpc';
import { ProblemsTable } from './problems-table';

type ImportResult = RouterOutputs['import']['validate'];

const changesText = (counts: ImportResult['counts']) =>
  `${formatCount(counts.inserted)} added, ${formatCount(counts.updated)} updated, ${formatCount(counts.unchanged)} unchanged`;

export function ImportOutcome({
  result,
  fileName,
  committed,
}: {
  result: ImportResult;
  fileName: string;
  committed: boolean;
}) {
  if (result.problemCount > 0) {
    return (
      <div className="outcome" role="status">
        <h3 className="problem-count">
          {result.problemCount === 1 ? '1 problem' : `${formatCount(result.problemCount)} problems`} in {fileName}.
          Nothing has been saved.
        </h3>
        <p>Correct the file and upload it again. The rejected file is recorded in the history.</p>
        {result.problems.length < result.problemCount ? (
          <p className="note">The first {formatCount(result.problems.length)} problems are listed.</p>
        ) : null}
        <ProblemsTable caption={`Problems in ${fileName}`} problems={result.problems} exportName="import-problems" />
      </div>
    );
  }
  const changes = result.counts.inserted + result.counts.updated;
  if (committed) {
    return (
      <div className="outcome" role="status">
        <h3>{changes === 0 ? `Imported ${fileName}: nothing changed.` : `Imported ${fileName}.`}</h3>
        <p>{`${formatCount(result.rowsRead)} rows: ${changesText(result.counts)}.`}</p>
      </div>
    );
  }
  return (
    <div className="outcome" role="status">
      <h3>{`${fileName} has no problems.`}</h3>
      <p>
        {changes === 0
          ? `Importing it would change nothing: all ${formatCount(result.rowsRead)} rows are already held exactly as in the file.`
          : `Importing its ${formatCount(result.rowsRead)} rows would give: ${changesText(result.counts)}.`}
      </p>
    </div>
  );
}
