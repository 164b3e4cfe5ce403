/** Baseline → latest → target: every locality's status per measure, and the detail for one measure. */
import { useId, useState } from 'react';
import { MEASURES, type MeasureCode } from '@ldm/shared';
import type { RouterOutputs } from '../../lib/trpc';
import { ProgressTable } from '../../components/measures/progress-table';
import { buildStatusMatrix, StatusMatrix } from '../../components/measures/status-matrix';

type Progress = RouterOutputs['measure']['national']['progress'];

export function NationalProgressSection({ progress, period }: { progress: Progress; period: string }) {
  const [measureCode, setMeasureCode] = useState<MeasureCode>('M1.1');
  const selectId = useId();
  const measure = MEASURES.find((m) => m.code === measureCode)!;
  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress against baseline and target</h2>
      <StatusMatrix rows={buildStatusMatrix(progress)} caption={`Status of each measure by locality, ${period}`} />
      <div className="toolbar">
        <label htmlFor={selectId}>Show baseline, latest and target for</label>
        <select id={selectId} value={measureCode} onChange={(event) => setMeasureCode(event.target.value as MeasureCode)}>
          {MEASURES.map((m) => (
            <option key={m.code} value={m.code}>
              {m.code} {m.name}
            </option>
          ))}
        </select>
      </div>
      <ProgressTable
        by="locality"
        rows={progress.filter((row) => row.measureCode === measureCode)}
        caption={`${measure.code} ${measure.name}: baseline, latest and target by locality`}
        exportName={`progress-${measure.code}-${period}`}
      />
    </section>
  );
}
