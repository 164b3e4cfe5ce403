/**
 * Home: what waits for the signed-in user (PRODUCT.md §5, work to act on) — reports to decide,
 * returned reports, overdue plan actions, approved reports, rejected imports — and the way to
 * their dashboard. The server picks the lists by role; empty lists are not shown.
 */

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { QueryState } from '../../components/query-state';
import { homePathOf } from '../../layout/nav-items';
import { formatCount } from '../../lib/format';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useSessionUser } from '../../lib/use-session';
import { KIND_NAMES } from '../imports/import-kinds';
import { dateOf } from '../reports/report-words';

type Waiting = RouterOutputs['home']['waiting'];

export function HomePage() {
  const user = useSessionUser();
  const trpc = useTRPC();
  const { search } = useLocation();
  const waiting = useQuery(trpc.home.waiting.queryOptions());
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <p>
        <Link to={{ pathname: homePathOf(user), search }}>
          {user.localityCode ? `Open the ${nameOfPlace(user.localityCode)} dashboard` : 'Open the England overview'}
        </Link>
      </p>
      <section className="section" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting for you</h2>
        <QueryState query={waiting} label="what is waiting for you">
          {(data) => <WaitingLists data={data} canOpenImports={user.role === 'admin'} search={search} />}
        </QueryState>
      </section>
    </>
  );
}

function WaitingLists({ data, canOpenImports, search }: { data: Waiting; canOpenImports: boolean; search: string }) {
  const reportLink = (r: { id: number; locality_code: string; period: string }) => (
    <Link to={{ pathname: `/localities/${r.locality_code}/reports/${r.id}`, search }}>
      {nameOfPlace(r.locality_code)}, {r.period}
    </Link>
  );
  const lists = [
    data.reportsToDecide.length > 0 && (
      <WaitingList key="decide" title="Progress reports waiting for your decision">
        {data.reportsToDecide.map((r) => (
          <li key={r.id}>
            {reportLink(r)} — submitted {dateOf(r.submitted_at)}: approve it, or return it with comments.
          </li>
        ))}
      </WaitingList>
    ),
    data.reportsReturned.length > 0 && (
      <WaitingList key="returned" title="Progress reports returned to you for changes">
        {data.reportsReturned.map((r) => (
          <li key={r.id}>
            {reportLink(r)} — returned {dateOf(r.updated_at)}: read the dean's comments, revise it and submit it again.
          </li>
        ))}
      </WaitingList>
    ),
    data.overduePlanActions.length > 0 && (
      <WaitingList key="overdue" title={`Plan actions overdue on ${data.asOf}`}>
        {data.overduePlanActions.map((a) => (
          <li key={a.id}>
            <Link to={{ pathname: `/localities/${a.locality_code}/plan`, search }}>{a.title}</Link> — due {a.due_date},{' '}
            {a.status}, owner {a.owner}.
          </li>
        ))}
      </WaitingList>
    ),
    data.reportsApproved.length > 0 && (
      <WaitingList key="approved" title="Progress reports approved by deans, newest first">
        {data.reportsApproved.map((r) => (
          <li key={r.id}>
            {reportLink(r)} — approved {dateOf(r.approved_at)}.
          </li>
        ))}
      </WaitingList>
    ),
    data.rejectedImports.length > 0 && (
      <WaitingList key="imports" title="Imports rejected in the last 30 days">
        {data.rejectedImports.map((i) => {
          const what = `${KIND_NAMES[i.kind as keyof typeof KIND_NAMES] ?? i.kind} file “${i.file_name}”`;
          return (
            <li key={i.id}>
              {canOpenImports && i.locality_code ? (
                <Link to={{ pathname: `/imports/${i.locality_code}`, search }}>{what}</Link>
              ) : (
                what
              )}{' '}
              ({i.locality_code ? nameOfPlace(i.locality_code) : 'command line'}), {dateOf(i.started_at)}:{' '}
              {formatCount(i.rejected)} rows with problems, so nothing was saved.
            </li>
          );
        })}
      </WaitingList>
    ),
  ].filter(Boolean);
  return lists.length > 0 ? lists : <p>Nothing is waiting for you.</p>;
}

function WaitingList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h3>{title}</h3>
      <ul className="waiting-list">{children}</ul>
    </>
  );
}
