/** Stage × tier coverage: which tiers have an available offer at each stage; a missing floor is marked. */
import { STAGES, TIER_NUMBERS } from '@ldm/shared';
import { nameOfPlace } from '../../lib/places';
import type { RouterOutputs } from '../../lib/trpc';
import { CsvDownloadButton, TableScroll } from '../data-table';

export type CoverageRow = RouterOutputs['measure']['national']['coverage'][number];

export function CoverageGrid({ rows, caption, period }: { rows: CoverageRow[]; caption: string; period: string }) {
  const header = ['Locality', ...STAGES.map((s) => s.name), 'Floor'];
  const floorText = (row: CoverageRow) =>
    row.stagesWithoutFloor.length === 0
      ? '3 of 3 stages have a tier-1 offer'
      : `missing for ${row.stagesWithoutFloor.join(', ')}`;
  // As data: a row per locality and stage, whether each tier has an offer there (yes/no).
  const exportHeader = ['period', 'locality_code', 'locality_name', 'stage', ...TIER_NUMBERS.map((t) => `tier_${t}`)];
  const exportRows = rows.flatMap((row) =>
    STAGES.map((stage) => {
      const tiers = row.stages.find((c) => c.stage === stage.code)?.tiers ?? [];
      return [
        period,
        row.localityCode,
        nameOfPlace(row.localityCode),
        stage.code,
        ...TIER_NUMBERS.map((t) => tiers.includes(t)),
      ];
    }),
  );
  return (
    <div className="data-table">
      <TableScroll label={caption}>
        <table className="coverage-grid">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.localityCode}>
                <th scope="row">{nameOfPlace(row.localityCode)}</th>
                {STAGES.map((stage) => {
                  const tiers = row.stages.find((c) => c.stage === stage.code)?.tiers ?? [];
                  const floorMissing = !tiers.includes(1);
                  return (
                    <td key={stage.code} className={floorMissing ? 'coverage-cell-missing' : 'coverage-cell-present'}>
                      {TIER_NUMBERS.filter((t) => tiers.includes(t))
                        .map((t) => `tier ${t}`)
                        .join(', ') || 'none'}
                      {floorMissing ? <strong> — no tier-1 offer</strong> : null}
                    </td>
                  );
                })}
                <td>{floorText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <CsvDownloadButton fileName={`coverage-grid-${period}.csv`} header={exportHeader} rows={exportRows}>
        Download “{caption}” as CSV
      </CsvDownloadButton>
    </div>
  );
}
