/** Baseline → latest → target: every locality's status per measure, and the detail for one measure. */

import { MEASURES, type MeasureCode } from '@ldm/shared';
import { useState } from 'react';
import { MeasureSelect } from '../../components/measures/measure-select';
import { ProgressTable } from '../../components/measures/progress-table';
import { buildStatusMatrix, StatusMatrix } from '../../components/measures/status-matrix';
import type { RouterOutputs } from '../../lib/trpc';

type Progress = RouterOutputs['measure']['national']['progress'];

export function NationalProgressSection({ progress, period }: { progress: Progress; period: string }) {
  const [measureCode, setMeasureCode] = useState<MeasureCode>('M1.1');
  const measure = MEASURES.find((m) => m.code === measureCode)!;
  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress against baseline and target</h2>
      <StatusMatrix rows={buildStatusMatrix(progress)} caption={`Status of each measure by locality, ${period}`} />
      <MeasureSelect label="Show baseline, latest and target for" value={measureCode} onChange={setMeasureCode} />
      <ProgressTable
        by="locality"
        period={period}
        rows={progress.filter((row) => row.measureCode === measureCode)}
        caption={`${measure.code} ${measure.name}: baseline, latest and target by locality`}
        exportName={`progress-${measure.code}-${period}`}
      />
    </section>
  );
}
