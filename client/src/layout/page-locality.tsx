/**
 * Which locality a data-keeping page shows: the one in the URL, else the user's own. An
 * administrator (or a national member, for the catalogue) picks one; the server decides what
 * each user may actually read.
 */

import { isLocalityCode, type LocalityCode } from '@ldm/shared';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ChoiceOptions } from '../components/form-fields';
import { useSessionUser } from '../lib/use-session';
import { LOCALITY_CHOICES } from '../lib/vocabulary-choices';

export function usePageLocality(): LocalityCode | null {
  const user = useSessionUser();
  const { localityCode } = useParams();
  const code = localityCode ?? user.localityCode;
  return code && isLocalityCode(code) ? code : null;
}

/** A locality select for users who are not tied to one; it keeps the period in the URL. */
export function LocalityChooser({ basePath, current }: { basePath: string; current: LocalityCode | null }) {
  const user = useSessionUser();
  const navigate = useNavigate();
  const location = useLocation();
  if (user.localityCode) return null;
  return (
    <div className="toolbar">
      <label htmlFor="locality-choice">
        <strong>Locality</strong>
      </label>
      <select
        id="locality-choice"
        value={current ?? ''}
        onChange={(event) => void navigate({ pathname: `${basePath}/${event.target.value}`, search: location.search })}
      >
        {current ? null : <option value="">Choose a locality</option>}
        <ChoiceOptions choices={LOCALITY_CHOICES} />
      </select>
    </div>
  );
}
