/** What a check or an import found, in plain words: every problem, or what a clean file changes. */

import type { LocalityCode } from '@ldm/shared';
import { formatCount } from '../../lib/format';
import { nameOfPlace } from '../../lib/places';
import type { RouterOutputs } from '../../lib/trpc';
import { ProblemRowsDownload } from './import-history';
import { ProblemsTable } from './problems-table';

type ImportResult = RouterOutputs['import']['validate'];

const changesText = (counts: ImportResult['counts']) =>
  `${formatCount(counts.inserted)} added, ${formatCount(counts.updated)} updated, ${formatCount(counts.unchanged)} unchanged`;

/** "3 trainees transfer in from North West" (§7: a new placement at an own organisation for a trainee placed elsewhere). */
function TransfersList({ transfers, committed }: { transfers: ImportResult['transfers']; committed: boolean }) {
  if (transfers.length === 0) return null;
  const verb = committed ? 'transferred' : 'transfer';
  return (
    <ul>
      {transfers.map((t) => (
        <li key={t.from}>
          {t.trainees === 1 ? '1 trainee' : `${formatCount(t.trainees)} trainees`} {verb} in from {nameOfPlace(t.from)}
        </li>
      ))}
    </ul>
  );
}

export function ImportOutcome({
  result,
  fileName,
  committed,
  localityCode,
}: {
  result: ImportResult;
  fileName: string;
  committed: boolean;
  localityCode: LocalityCode;
}) {
  if (result.problemCount > 0) {
    return (
      <div className="outcome" role="status">
        <h3 className="problem-count">
          {result.problemCount === 1 ? '1 problem' : `${formatCount(result.problemCount)} problems`} in {fileName}.
          Nothing has been saved.
        </h3>
        <p>Correct the file and upload it again. The rejected file is recorded in the history.</p>
        {result.importId !== null ? (
          <ProblemRowsDownload localityCode={localityCode} importId={result.importId} />
        ) : null}
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
        <TransfersList transfers={result.transfers} committed />
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
      <TransfersList transfers={result.transfers} committed={false} />
    </div>
  );
}
