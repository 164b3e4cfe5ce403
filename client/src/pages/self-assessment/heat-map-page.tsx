/**
 * The national comparison of self-assessments: every locality principle by principle (a heat
 * map), from each locality's assessment that counts for the chosen period. Colour only reinforces
 * the number in each cell, so the map reads the same without colour.
 */

import { type Period, PRINCIPLES, SELF_ASSESSMENT_SCORES } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CsvDownloadButton, TableScroll } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { usePeriod, withPeriod } from '../../lib/use-period';
import { useSessionUser } from '../../lib/use-session';

type HeatMapRow = RouterOutputs['selfAssessment']['heatMap'][number];

const scoreOf = (row: HeatMapRow, principle: number) =>
  row.scores.find((s) => s.principleNumber === principle)?.score ?? null;
const meanText = (row: HeatMapRow) => (row.mean === null ? '–' : row.mean.toFixed(1));

function HeatMapTable({ rows, period }: { rows: HeatMapRow[]; period: Period }) {
  const user = useSessionUser();
  // As data: a row per locality and principle, the score a number (empty where not assessed).
  const header = ['period', 'locality_code', 'principle', 'principle_name', 'score', 'locality_mean_score'];
  const lines = rows.flatMap((r) =>
    PRINCIPLES.map((p) => [period.label, r.localityCode, p.number, p.name, scoreOf(r, p.number), r.mean]),
  );
  const linkable = (code: string) => user.role === 'admin' || user.role === 'national' || user.localityCode === code;
  return (
    <div className="data-table">
      <TableScroll label={`Scores by principle and locality, ${period.label}`}>
        <table className="heat-map">
          <caption>Scores by principle and locality, {period.label} (– means no assessment)</caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              {rows.map((row) => (
                <th scope="col" key={row.localityCode} className="numeric">
                  {linkable(row.localityCode) ? (
                    <Link to={withPeriod(`/localities/${row.localityCode}/self-assessment`, period)}>
                      <abbr title={nameOfPlace(row.localityCode)}>{row.localityCode}</abbr>
                    </Link>
                  ) : (
                    <abbr title={nameOfPlace(row.localityCode)}>{row.localityCode}</abbr>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PRINCIPLES.map((principle) => (
              <tr key={principle.number}>
                <th scope="row">
                  {principle.number}. {principle.name}
                </th>
                {rows.map((row) => {
                  const score = scoreOf(row, principle.number);
                  return (
                    <td key={row.localityCode} className={`numeric heat-${score ?? 'none'}`}>
                      {score ?? '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr className="heat-map-mean">
              <th scope="row">Mean score (M7)</th>
              {rows.map((row) => (
                <td key={row.localityCode} className="numeric">
                  {meanText(row)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <CsvDownloadButton fileName={`self-assessment-heat-map-${period.label}.csv`} header={header} rows={lines}>
        Download the heat map as CSV
      </CsvDownloadButton>
    </div>
  );
}

export function SelfAssessmentHeatMapPage() {
  const [period] = usePeriod();
  const trpc = useTRPC();
  const heatMap = useQuery(trpc.selfAssessment.heatMap.queryOptions({ period: period.label }));
  return (
    <>
      <h1>Self-assessment: every locality, {period.label}</h1>
      <p className="lede">
        Each locality's latest self-assessment in or before {period.label}, principle by principle. Scores:{' '}
        {SELF_ASSESSMENT_SCORES.map((s) => `${s.score} ${s.name.toLowerCase()}`).join(', ')}. Darker cells are further
        on.
      </p>
      <QueryState query={heatMap} label="the self-assessments">
        {(rows) => (
          <section className="section" aria-labelledby="heat-map-heading">
            <h2 id="heat-map-heading">Principle by principle</h2>
            <p>
              {rows.filter((r) => r.mean !== null).length} of {rows.length} localities have a self-assessment for{' '}
              {period.label} or before.
            </p>
            <HeatMapTable rows={rows} period={period} />
          </section>
        )}
      </QueryState>
    </>
  );
}
