/** Gaps in plain words: stages without a tier-1 offer, employers below the workplace standard. */
import { STAGES } from '@ldm/shared';
import { CountValue } from '../../components/figure-cell';
import type { RouterOutputs } from '../../lib/trpc';

type Gaps = RouterOutputs['measure']['locality']['gaps'];

const stageName = (code: string) => STAGES.find((s) => s.code === code)?.name ?? code;

export function GapsSection({ gaps }: { gaps: Gaps }) {
  const withFloor = STAGES.length - gaps.stagesWithoutFloor.length;
  return (
    <section className="section" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps</h2>
      <h3>The floor</h3>
      <p>
        {withFloor} of {STAGES.length} stages have a tier-1 offer.
        {gaps.stagesWithoutFloor.length
          ? ` Missing for: ${gaps.stagesWithoutFloor.map(stageName).join(', ')}.`
          : ' The floor is met.'}
      </p>
      <h3>Employers below the workplace standard</h3>
      {gaps.organisationsBelowStandard.length === 0 ? (
        <p>Every employer with trainees in post provides at least 5 of the 9 workplace practices.</p>
      ) : (
        <>
          <p>These employers provide fewer than 5 of the 9 workplace practices:</p>
          <ul className="gap-list">
            {gaps.organisationsBelowStandard.map((o) => (
              <li key={o.organisationCode}>
                Organisation {o.organisationCode} — <CountValue count={o.traineesInPost} />{' '}
                {o.traineesInPost === 1 ? 'trainee' : 'trainees'} in post
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
