/** Progress of an import running on the server (rows and share of the file read), polled while it runs. */

import type { LocalityCode } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { formatCount } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';

/** A check also reads the file a second time, to count what it would change; only a commit saves. */
const phaseWords = (phase: 'validate' | 'apply', committing: boolean) =>
  phase === 'validate' ? 'Checking' : committing ? 'Saving' : 'Comparing with the data held';

export function ImportProgress({
  localityCode,
  uploadId,
  committing,
}: {
  localityCode: LocalityCode;
  uploadId: string;
  committing: boolean;
}) {
  const trpc = useTRPC();
  const progress = useQuery({
    ...trpc.import.progress.queryOptions({ localityCode, uploadId }),
    refetchInterval: 300,
    staleTime: 0,
  });
  const data = progress.data;
  const share = data && data.totalBytes > 0 ? Math.min(1, data.bytesRead / data.totalBytes) : 0;
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">
        {data ? `${phaseWords(data.phase, committing)}: ${formatCount(data.rowsRead)} rows read` : 'Starting…'}
      </label>
      <progress id="import-progress-bar" max={1} value={share} />
    </div>
  );
}
