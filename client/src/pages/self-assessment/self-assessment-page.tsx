/**
 * A locality's self-assessment against the 24 principles: the form for the chosen review period
 * (for the locality's own users and administrators) and the history over periods. The national
 * role reads it; the server refuses anyone else.
 */

import { isLocalityCode, type LocalityCode } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { useTRPC } from '../../lib/trpc';
import { usePeriod, withPeriod } from '../../lib/use-period';
import { useSessionUser } from '../../lib/use-session';
import { NotFoundPage } from '../not-found/not-found-page';
import { SelfAssessmentForm } from './self-assessment-form';
import { SelfAssessmentHistory } from './self-assessment-history';

export function SelfAssessmentPage() {
  const { localityCode = '' } = useParams();
  if (!isLocalityCode(localityCode)) return <NotFoundPage />;
  return <LocalitySelfAssessment localityCode={localityCode} />;
}

function LocalitySelfAssessment({ localityCode }: { localityCode: LocalityCode }) {
  const [period] = usePeriod();
  const user = useSessionUser();
  const trpc = useTRPC();
  const latest = useQuery(trpc.selfAssessment.latest.queryOptions({ localityCode, period: period.label }));
  const history = useQuery(trpc.selfAssessment.history.queryOptions({ localityCode }));
  const mayEdit = user.role === 'admin' || user.localityCode === localityCode;
  return (
    <>
      <h1>
        Self-assessment: {nameOfPlace(localityCode)}, {period.label}
      </h1>
      <p className="lede">
        How far the locality has put each of the 24 principles of the HEE report into practice: 0 not started, 1
        emerging, 2 established, 3 embedded.{' '}
        <Link to={withPeriod('/self-assessment', period)}>Compare every locality</Link>.
      </p>
      <QueryState query={latest} label="the self-assessment">
        {(assessment) => (
          <section className="section" aria-labelledby="current-heading">
            <h2 id="current-heading">
              {mayEdit
                ? `Rate the principles for ${period.label}`
                : `The self-assessment that counts for ${period.label}`}
            </h2>
            <p>
              {assessment === null
                ? `No self-assessment has been saved for ${period.label} or before it.`
                : assessment.period === period.label
                  ? `Assessed on ${assessment.assessedOn}; mean score ${assessment.mean?.toFixed(1) ?? 'not rated'} of 3.`
                  : `The latest assessment is from ${assessment.period} (assessed on ${assessment.assessedOn}; mean score ${assessment.mean?.toFixed(1)} of 3).${mayEdit ? ' The form starts from it.' : ''}`}
            </p>
            {mayEdit ? (
              <SelfAssessmentForm
                key={period.label}
                localityCode={localityCode}
                period={period}
                startingFrom={assessment}
              />
            ) : null}
          </section>
        )}
      </QueryState>
      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading">History over review periods</h2>
        <QueryState query={history} label="the history">
          {(rows) => <SelfAssessmentHistory history={rows} exportName={`self-assessment-${localityCode}`} />}
        </QueryState>
      </section>
    </>
  );
}
