/**
 * A locality's implementation plan: every action, soonest due first, overdue ones highlighted;
 * one action open at a time with its updates. The locality's own users and administrators change
 * it; the national role reads it.
 */

import { isLocalityCode, type LocalityCode, PLAN_ACTION_STATUSES } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { DataTable, type TableColumn } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useSessionUser } from '../../lib/use-session';
import { NotFoundPage } from '../not-found/not-found-page';
import { PlanActionDetails } from './plan-action-details';
import { PlanActionForm } from './plan-action-form';
import { countActions, listNumbers } from './plan-words';

type PlanAction = RouterOutputs['plan']['list'][number];

export function PlanPage() {
  const { localityCode = '' } = useParams();
  if (!isLocalityCode(localityCode)) return <NotFoundPage />;
  return <LocalityPlan localityCode={localityCode} />;
}

function LocalityPlan({ localityCode }: { localityCode: LocalityCode }) {
  const trpc = useTRPC();
  const user = useSessionUser();
  const plan = useQuery(trpc.plan.list.queryOptions({ localityCode }));
  const [openId, setOpenId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const mayEdit = user.role === 'admin' || user.localityCode === localityCode;
  const columns: TableColumn<PlanAction>[] = [
    {
      id: 'title',
      header: 'Action',
      text: (a) => a.title,
      render: (a) => (
        <button
          type="button"
          className="link-button"
          aria-expanded={openId === a.id}
          onClick={() => setOpenId(openId === a.id ? null : a.id)}
        >
          {a.title}
        </button>
      ),
    },
    { id: 'owner', header: 'Owner', text: (a) => a.owner },
    { id: 'due', header: 'Due', text: (a) => a.dueDate },
    {
      id: 'status',
      header: 'Status',
      text: (a) => (a.overdue ? `${a.status} (overdue)` : a.status),
      render: (a) => (
        <>
          <span className={`action-status action-${a.status.replace(' ', '-')}`}>{a.status}</span>
          {a.overdue ? <strong className="overdue"> overdue</strong> : null}
        </>
      ),
    },
    { id: 'recommendations', header: 'Recommendations', text: (a) => listNumbers(a.recommendations) },
    { id: 'principles', header: 'Principles', text: (a) => listNumbers(a.principles) },
    {
      id: 'updates',
      header: 'Updates',
      numeric: true,
      text: (a) => String(a.updates.length),
      sortValue: (a) => a.updates.length,
    },
  ];
  return (
    <>
      <h1>Implementation plan: {nameOfPlace(localityCode)}</h1>
      <QueryState query={plan} label="the plan">
        {(actions) => {
          const open = actions.find((a) => a.id === openId);
          const overdue = actions.filter((a) => a.overdue).length;
          return (
            <>
              <section className="section" aria-labelledby="plan-summary-heading">
                <h2 id="plan-summary-heading">Where the plan stands</h2>
                <p>
                  {actions.length === 0
                    ? 'No actions yet.'
                    : `${countActions(actions.length)}: ${PLAN_ACTION_STATUSES.map((s) => `${actions.filter((a) => a.status === s).length} ${s}`).join(', ')}.`}{' '}
                  {actions.length === 0 ? null : overdue === 0 ? (
                    'None is overdue.'
                  ) : (
                    <strong className="overdue">
                      {overdue === 1 ? '1 action is overdue' : `${overdue} actions are overdue`} (past its due date and
                      not complete).
                    </strong>
                  )}
                </p>
                <DataTable
                  caption="Actions, soonest due first"
                  columns={columns}
                  rows={actions}
                  exportName={`plan-${localityCode}`}
                />
                {mayEdit && !adding ? (
                  <button type="button" className="button-primary" onClick={() => setAdding(true)}>
                    Add an action
                  </button>
                ) : null}
              </section>
              {adding ? (
                <section className="section" aria-labelledby="add-action-heading">
                  <h2 id="add-action-heading">Add an action</h2>
                  <PlanActionForm localityCode={localityCode} onDone={() => setAdding(false)} />
                </section>
              ) : null}
              {open ? (
                <section className="section" aria-labelledby="open-action-heading">
                  <h2 id="open-action-heading">{open.title}</h2>
                  <PlanActionDetails
                    key={open.id}
                    localityCode={localityCode}
                    action={open}
                    mayEdit={mayEdit}
                    onClose={() => setOpenId(null)}
                  />
                </section>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
