/**
 * The signed-in frame: header with the user and sign-out, role-fitted navigation, the period
 * selector, and the page. Signed-out visitors go to the sign-in page and come back afterwards.
 */

import { useQuery } from '@tanstack/react-query';
import { Navigate, NavLink, Outlet, useLocation, useMatches } from 'react-router';
import { ErrorMessage } from '../components/query-state';
import { ROLE_WORDS } from '../lib/role-words';
import { useTRPC } from '../lib/trpc';
import { SessionContext } from '../lib/use-session';
import type { RouteHandle } from '../router';
import { CanonicalLocality } from './canonical-locality';
import { FiguresUpdatingNotice } from './figures-updating-notice';
import { NAV_ITEMS } from './nav-items';
import { PeriodSelector } from './period-selector';
import { SignOutButton } from './sign-out-button';

export function AppLayout() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const location = useLocation();
  const followsPeriod = useMatches().some((match) => (match.handle as RouteHandle | undefined)?.period);
  if (me.error)
    return (
      <Frame>
        <ErrorMessage error={me.error} />
      </Frame>
    );
  if (me.isPending)
    return (
      <Frame>
        <p role="status">Loading…</p>
      </Frame>
    );
  const user = me.data;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?${new URLSearchParams({ next }).toString()}`} replace />;
  }
  return (
    <SessionContext.Provider value={user}>
      <Frame
        account={
          <div className="account">
            <span>
              {user.name} · {ROLE_WORDS[user.role]}
              {user.localityCode ? ` · ${user.localityCode}` : ''}
            </span>
            <SignOutButton />
          </div>
        }
        navigation={
          <nav aria-label="Main" className="main-nav">
            <ul>
              {NAV_ITEMS.filter((item) => item.roles.includes(user.role)).map((item) => {
                const to = item.to(user);
                return to ? (
                  <li key={item.label}>
                    <NavLink to={{ pathname: to, search: location.search }} end={item.end}>
                      {item.label}
                    </NavLink>
                  </li>
                ) : null;
              })}
            </ul>
            {followsPeriod ? <PeriodSelector /> : null}
          </nav>
        }
      >
        <FiguresUpdatingNotice />
        <CanonicalLocality>
          <Outlet />
        </CanonicalLocality>
      </Frame>
    </SessionContext.Provider>
  );
}

export function Frame({
  account,
  navigation,
  children,
}: {
  account?: React.ReactNode;
  navigation?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <span className="service-name">Leadership Development Monitor</span>
          {account}
        </div>
        {navigation}
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
