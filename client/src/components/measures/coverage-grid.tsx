/** Stage × tier coverage: which tiers have an available offer at each stage; a missing floor is marked. */
import { STAGES, TIER_NUMBERS } from '@ldm/shared';
import { downloadCsv } from '../../lib/csv';
import { nameOfPlace } from '../../lib/places';
import type { RouterOutputs } from '../../lib/trpc';
import { TableScroll } from '../data-table';

export type CoverageRow = RouterOutputs['measure']['national']['coverage'][number];

const cellText = (tiers: number[]) => (tiers.length ? tiers.map((t) => `tier ${t}`).join(', ') : 'none');

export function CoverageGrid({ rows, caption }: { rows: CoverageRow[]; caption: string }) {
  const header = ['Locality', ...STAGES.map((s) => s.name), 'Floor'];
  const floorText = (row: CoverageRow) =>
    row.stagesWithoutFloor.length === 0
      ? '3 of 3 stages have a tier-1 offer'
      : `missing for ${row.stagesWithoutFloor.join(', ')}`;
  const exportRows = rows.map((row) => [
    nameOfPlace(row.localityCode),
    ...STAGES.map((s) => cellText(row.stages.find((c) => c.stage === s.code)?.tiers ?? [])),
    floorText(row),
  ]);
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
      <button
        type="button"
        className="button-secondary"
        onClick={() => downloadCsv('coverage-grid.csv', header, exportRows)}
      >
        Download “{caption}” as CSV
      </button>
    </div>
  );
}
