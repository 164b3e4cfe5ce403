/**
 * Administration: the audit log — who changed what, when, with the stored before and after —
 * filtered by person, kind of record, action and dates, a page at a time (newest first).
 */

import { type AuditFilterInput, auditFilterSchema } from '@ldm/shared/schemas';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DataTable, type TableColumn } from '../../components/data-table';
import {
  ErrorSummary,
  type FieldErrors,
  groupIssuesByField,
  SelectField,
  TextField,
} from '../../components/form-fields';
import { QueryState } from '../../components/query-state';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { AdminNav } from './admin-nav';

type AuditEvent = RouterOutputs['audit']['list']['rows'][number];

const PAGE_SIZE = 50;
const json = (value: unknown) => (value === null ? '—' : JSON.stringify(value));

const COLUMNS: TableColumn<AuditEvent>[] = [
  { id: 'at', header: 'When (UTC)', text: (e) => e.at.replace('T', ' ').slice(0, 19) },
  { id: 'who', header: 'Who', text: (e) => e.userEmail ?? 'system' },
  { id: 'action', header: 'Action', text: (e) => e.action },
  { id: 'entity', header: 'Record', text: (e) => `${e.entity} ${e.entityKey}` },
  {
    id: 'change',
    header: 'Before → after',
    sortable: false,
    text: (e) => `${json(e.before)} → ${json(e.after)}`,
    render: (e) => (
      <details>
        <summary>Show the change</summary>
        <pre className="audit-json">
          Before: {json(e.before)}
          {'\n'}After: {json(e.after)}
        </pre>
      </details>
    ),
  },
];

const orUndefined = (value: FormDataEntryValue | null) =>
  typeof value === 'string' && value !== '' ? value : undefined;

export function AuditPage() {
  const trpc = useTRPC();
  const users = useQuery(trpc.user.list.queryOptions());
  const [filter, setFilter] = useState<AuditFilterInput>({ page: 1, pageSize: PAGE_SIZE });
  const [errors, setErrors] = useState<FieldErrors>({});
  const events = useQuery({ ...trpc.audit.list.queryOptions(filter), placeholderData: (previous) => previous });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const userId = orUndefined(form.get('userId'));
    const next = {
      page: 1,
      pageSize: PAGE_SIZE,
      userId: userId ? Number(userId) : undefined,
      entity: orUndefined(form.get('entity')),
      action: orUndefined(form.get('action')),
      from: orUndefined(form.get('from')),
      to: orUndefined(form.get('to')),
    };
    const parsed = auditFilterSchema.safeParse(next);
    if (!parsed.success) return setErrors(groupIssuesByField(parsed.error.issues));
    setErrors({});
    setFilter(next);
  };
  const vocabulary = events.data;
  return (
    <>
      <h1>Audit log</h1>
      <AdminNav />
      <section className="section" aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading">Filter</h2>
        <form onSubmit={onSubmit} noValidate aria-label="Filter the audit log" className="toolbar filters">
          <ErrorSummary errors={errors} labels={{ from: 'From', to: 'To' }} />
          <SelectField
            name="userId"
            label="Who"
            choices={[
              { value: '', label: 'Anyone' },
              ...(users.data ?? []).map((u) => ({ value: String(u.id), label: u.email })),
            ]}
          />
          <SelectField
            name="entity"
            label="Record"
            choices={[
              { value: '', label: 'Any' },
              ...(vocabulary?.entities ?? []).map((v) => ({ value: v, label: v })),
            ]}
          />
          <SelectField
            name="action"
            label="Action"
            choices={[{ value: '', label: 'Any' }, ...(vocabulary?.actions ?? []).map((v) => ({ value: v, label: v }))]}
          />
          <TextField name="from" label="From" type="date" errors={errors.from} />
          <TextField name="to" label="To" type="date" errors={errors.to} />
          <button type="submit" className="button-primary">
            Show events
          </button>
        </form>
      </section>
      <section className="section" aria-labelledby="audit-heading">
        <h2 id="audit-heading">Events</h2>
        <QueryState query={events} label="the audit log">
          {(data) => {
            const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
            const goTo = (page: number) => setFilter({ ...filter, page });
            return (
              <>
                <p role="status">
                  {data.total} events. Page {data.page} of {pages}.
                </p>
                <DataTable
                  caption="Audit events, newest first"
                  columns={COLUMNS}
                  rows={data.rows}
                  exportName={`audit-page-${data.page}`}
                />
                <div className="form-actions">
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={data.page <= 1}
                    onClick={() => goTo(data.page - 1)}
                  >
                    Previous page
                  </button>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={data.page >= pages}
                    onClick={() => goTo(data.page + 1)}
                  >
                    Next page
                  </button>
                </div>
              </>
            );
          }}
        </QueryState>
      </section>
    </>
  );
}
