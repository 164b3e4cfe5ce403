/** Progress reports across England: every locality's status for the period, and where to read each. */

import { LOCALITIES } from '@ldm/shared';
import { Link } from 'react-router';
import { usePeriod, withPeriod } from '../../lib/use-period';
import { ReportStatusSection } from '../national/report-status-section';

export function ReportsOverviewPage() {
  const [period] = usePeriod();
  return (
    <>
      <h1>Progress reports, {period.label}</h1>
      <p className="lede">
        Approved reports are locked and can be read here by the national implementation group. Drafts stay within their
        locality.
      </p>
      <ReportStatusSection period={period} />
      <section className="section" aria-labelledby="read-heading">
        <h2 id="read-heading">Read a locality's reports</h2>
        <ul className="link-columns">
          {LOCALITIES.map((locality) => (
            <li key={locality.code}>
              <Link to={withPeriod(`/localities/${locality.code}/reports`, period)}>{locality.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
