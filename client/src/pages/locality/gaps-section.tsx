/**
 * Gaps in plain words: stages without a tier-1 offer, and the employers below the workplace
 * standard by name with the practices each lacks (PRODUCT.md §5, work to act on).
 */
import { type LocalityCode, type Period, STAGES, WORKPLACE_PRACTICES } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { CountValue } from '../../components/figure-cell';
import { QueryState } from '../../components/query-state';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

type Gaps = RouterOutputs['measure']['locality']['gaps'];
type Employer = RouterOutputs['work']['employersBelowStandard']['employers'][number];

const stageName = (code: string) => STAGES.find((s) => s.code === code)?.name ?? code;
const practiceName = (code: string) => WORKPLACE_PRACTICES.find((p) => p.code === code)?.name ?? code;

export function GapsSection({
  gaps,
  localityCode,
  period,
}: {
  gaps: Gaps;
  localityCode: LocalityCode;
  period: Period;
}) {
  const trpc = useTRPC();
  const employers = useQuery(trpc.work.employersBelowStandard.queryOptions({ localityCode, period: period.label }));
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
      <QueryState query={employers} label="the employers below the standard">
        {(data) =>
          data.employers.length === 0 ? (
            <p>Every employer with trainees in post provides at least 5 of the 9 workplace practices.</p>
          ) : (
            <>
              <p>
                These employers provide fewer than 5 of the 9 workplace practices in {data.financialYear}, most trainees
                in post first:
              </p>
              <ul className="gap-list employer-gaps">
                {data.employers.map((employer) => (
                  <EmployerGap key={employer.organisationCode} employer={employer} />
                ))}
              </ul>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

function EmployerGap({ employer }: { employer: Employer }) {
  return (
    <li>
      <strong>{employer.name}</strong> ({employer.organisationCode}) — <CountValue count={employer.traineesInPost} />{' '}
      {employer.traineesInPost === 1 ? 'trainee' : 'trainees'} in post;{' '}
      {employer.hasRecord
        ? `provides ${employer.practicesProvided} of 9 practices.`
        : 'no workplace-practice record for the year.'}
      <details>
        <summary>
          Lacks {employer.lacking.length} {employer.lacking.length === 1 ? 'practice' : 'practices'}
        </summary>
        <ul>
          {employer.lacking.map((code) => (
            <li key={code}>{practiceName(code)}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}
