/**
 * Administration: users. Add one (a one-time password is shown once, to hand over), change role,
 * locality or access, reset a password. Deactivating or resetting signs the user out at once.
 */

import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, type TableColumn } from '../../components/data-table';
import { ErrorMessage, QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { ROLE_WORDS } from '../../lib/role-words';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { AdminNav } from './admin-nav';
import { UserForm } from './user-form';

type User = RouterOutputs['user']['list'][number];

export function UsersPage() {
  const trpc = useTRPC();
  const users = useQuery(trpc.user.list.queryOptions());
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [handOver, setHandOver] = useState<{ email: string; password: string } | null>(null);
  const reset = useMutation(trpc.user.resetPassword.mutationOptions());
  const resetPassword = (user: User) => {
    if (!window.confirm(`Reset the password of ${user.email}? They will be signed out.`)) return;
    setHandOver(null);
    reset.mutate({ id: user.id }, { onSuccess: ({ password }) => setHandOver({ email: user.email, password }) });
  };
  const endSessions = useMutation(trpc.user.endSessions.mutationOptions());
  const signOutEverywhere = (user: User) => {
    if (!window.confirm(`Sign ${user.email} out on every device?`)) return;
    endSessions.mutate({ id: user.id });
  };
  const columns: TableColumn<User>[] = [
    { id: 'name', header: 'Name', text: (u) => u.name },
    { id: 'email', header: 'Email address', text: (u) => u.email },
    { id: 'role', header: 'Role', text: (u) => ROLE_WORDS[u.role] },
    { id: 'locality', header: 'Locality', text: (u) => (u.localityCode ? nameOfPlace(u.localityCode) : '—') },
    { id: 'active', header: 'Can sign in', text: (u) => (u.active ? 'yes' : 'no (deactivated)') },
    {
      id: 'actions',
      header: 'Change',
      sortable: false,
      exported: false,
      text: () => '',
      render: (u) => (
        <span className="form-actions">
          <button type="button" className="button-secondary" onClick={() => setEditing(u)}>
            Change<span className="visually-hidden"> {u.name}</span>
          </button>
          <button type="button" className="button-secondary" onClick={() => resetPassword(u)}>
            Reset password<span className="visually-hidden"> of {u.name}</span>
          </button>
          <button type="button" className="button-secondary" onClick={() => signOutEverywhere(u)}>
            Sign out everywhere<span className="visually-hidden">: {u.name}</span>
          </button>
        </span>
      ),
    },
  ];
  return (
    <>
      <h1>Users</h1>
      <AdminNav />
      {handOver ? (
        <div className="confirmation-panel" role="status">
          <h2>One-time password for {handOver.email}</h2>
          <p>
            <code>{handOver.password}</code>
          </p>
          <p>Give it to them securely. It is shown only this once.</p>
        </div>
      ) : null}
      {reset.error ? <ErrorMessage error={reset.error} /> : null}
      {endSessions.error ? <ErrorMessage error={endSessions.error} /> : null}
      {endSessions.isSuccess ? (
        <p role="status">{`${users.data?.find((u) => u.id === endSessions.variables?.id)?.email ?? 'The user'} is signed out everywhere.`}</p>
      ) : null}
      {editing ? (
        <section className="section" aria-labelledby="user-form-heading">
          <h2 id="user-form-heading">{editing === 'new' ? 'Add a user' : `Change ${editing.name}`}</h2>
          <UserForm
            key={editing === 'new' ? 'new' : editing.id}
            user={editing === 'new' ? undefined : editing}
            onCreated={(email, password) => setHandOver({ email, password })}
            onDone={() => setEditing(null)}
          />
        </section>
      ) : (
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>
          Add a user
        </button>
      )}
      <section className="section" aria-labelledby="users-heading">
        <h2 id="users-heading">Everyone who can sign in</h2>
        <QueryState query={users} label="the users">
          {(rows) => <DataTable caption="Users" columns={columns} rows={rows} exportName="users" />}
        </QueryState>
      </section>
    </>
  );
}
