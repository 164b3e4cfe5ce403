/** The locality dashboard's pointer to "not yet reached": how many, from uptake's own figures, and the list. */
import type { LocalityCode } from '@ldm/shared';
import { Link, useLocation } from 'react-router';
import { type Figure, isSuppressed } from '../../lib/figures';
import { formatCount } from '../../lib/format';

export function NotYetReachedLink({ localityCode, uptake }: { localityCode: LocalityCode; uptake: Figure }) {
  const { search } = useLocation();
  const { numerator, denominator } = uptake;
  // Shown only to the locality's own users, whose figures are exact; the guard keeps the types honest.
  const counted = !isSuppressed(numerator) && !isSuppressed(denominator);
  return (
    <section className="section" aria-labelledby="not-reached-heading">
      <h2 id="not-reached-heading">Not yet reached</h2>
      <p>
        {counted
          ? `${formatCount(denominator - numerator)} of ${formatCount(denominator)} trainees in post have no participation, enrolled or completed, starting in the period.`
          : 'Trainees in post with no participation, enrolled or completed, starting in the period.'}{' '}
        <Link to={{ pathname: `/localities/${localityCode}/not-yet-reached`, search }}>
          See them by stage and programme
        </Link>
      </p>
    </section>
  );
}
