import { Navigate, useLocation } from 'react-router';
import { homePathOf } from '../../layout/nav-items';
import { useSessionUser } from '../../lib/use-session';

/** `/` sends each role to its landing view, keeping any chosen period. */
export function HomeRedirect() {
  const user = useSessionUser();
  const { search } = useLocation();
  return <Navigate to={`${homePathOf(user)}${search}`} replace />;
}
