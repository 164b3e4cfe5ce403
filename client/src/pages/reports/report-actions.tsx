/**
 * The workflow controls of one report: the academy lead edits the narrative and submits; the dean
 * approves or returns with comments. Each control is offered only in the state and to the role
 * the server's workflow allows, and the server checks again.
 */

import type { LocalityCode } from '@ldm/shared';
import { returnReportSchema } from '@ldm/shared/schemas/reporting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, type FieldErrors, groupIssuesByField, TextAreaField } from '../../components/form-fields';
import { Confirmation, ErrorMessage } from '../../components/query-state';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { ConfirmPanel } from './confirm-panel';

type Report = RouterOutputs['report']['get'];

function useRefreshReports() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
}

/** The narrative in a draft: save it, or save and submit (which freezes the figures). */
export function NarrativeEditor({ localityCode, report }: { localityCode: LocalityCode; report: Report }) {
  const trpc = useTRPC();
  const refresh = useRefreshReports();
  const [narrative, setNarrative] = useState(report.narrative);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const edit = useMutation(trpc.report.edit.mutationOptions());
  const submit = useMutation(trpc.report.submit.mutationOptions({ onSuccess: refresh }));
  const ids = { localityCode, reportId: report.id };
  const save = async () => {
    setSaved(false);
    await edit.mutateAsync({ ...ids, narrative });
    await refresh();
    setSaved(true);
  };
  const saveAndSubmit = async () => {
    if (narrative !== report.narrative) await edit.mutateAsync({ ...ids, narrative });
    await submit.mutateAsync(ids);
  };
  const failure = edit.error ?? submit.error;
  return (
    <div className="no-print">
      {failure ? <ErrorMessage error={failure} /> : null}
      <div className="form-group">
        <label htmlFor="narrative">Narrative</label>
        <p id="narrative-hint" className="note">
          What has changed since the last report, what the figures show, and what comes next. Plain words for the dean
          and the national group.
        </p>
        <textarea
          id="narrative"
          rows={10}
          value={narrative}
          aria-describedby="narrative-hint"
          onChange={(event) => setNarrative(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          disabled={edit.isPending}
          onClick={() => void save().catch(() => undefined)}
        >
          Save the draft
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={edit.isPending || submit.isPending}
          onClick={() => setConfirming(true)}
        >
          Submit to the dean
        </button>
      </div>
      {confirming ? (
        <ConfirmPanel
          title={`Submit the ${report.period} report to the dean?`}
          confirmLabel="Yes, submit to the dean"
          pending={edit.isPending || submit.isPending}
          onConfirm={() =>
            void saveAndSubmit().then(
              () => setConfirming(false),
              () => undefined,
            )
          }
          onCancel={() => setConfirming(false)}
        >
          <p>
            Submitting freezes the figures, the plan and the self-assessment as they stand now: later imports will not
            change this report. You cannot edit it while the dean decides; only if the dean returns it can it be changed
            again.
          </p>
        </ConfirmPanel>
      ) : null}
      {saved ? <Confirmation>Draft saved.</Confirmation> : null}
    </div>
  );
}

/** The dean's decision on a submitted report. */
export function ReviewPanel({ localityCode, report }: { localityCode: LocalityCode; report: Report }) {
  const trpc = useTRPC();
  const refresh = useRefreshReports();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState<{ action: 'approve' } | { action: 'return'; comments: string } | null>(
    null,
  );
  const approve = useMutation(trpc.report.approve.mutationOptions({ onSuccess: refresh }));
  const giveBack = useMutation(trpc.report.return.mutationOptions({ onSuccess: refresh }));
  const ids = { localityCode, reportId: report.id };
  const onReturn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = returnReportSchema.safeParse({
      ...ids,
      comments: new FormData(event.currentTarget).get('comments'),
    });
    if (!parsed.success) return setErrors(groupIssuesByField(parsed.error.issues));
    setErrors({});
    setConfirming({ action: 'return', comments: parsed.data.comments });
  };
  const failure = approve.error ?? giveBack.error;
  return (
    <section className="section no-print" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Your decision</h2>
      {failure ? <ErrorMessage error={failure} /> : null}
      <p>
        Approving locks the report and makes it visible to the national implementation group. Returning it sends it back
        to the academy lead as a draft.
      </p>
      <button
        type="button"
        className="button-primary"
        disabled={approve.isPending}
        onClick={() => setConfirming({ action: 'approve' })}
      >
        Approve the report
      </button>
      {confirming?.action === 'approve' ? (
        <ConfirmPanel
          title={`Approve the ${report.period} report?`}
          confirmLabel="Yes, approve and lock it"
          pending={approve.isPending}
          onConfirm={() => approve.mutate(ids, { onSettled: () => setConfirming(null) })}
          onCancel={() => setConfirming(null)}
        >
          <p>
            This cannot be undone: an approved report is locked for everyone, administrators included, and the national
            implementation group will read it as it stands.
          </p>
        </ConfirmPanel>
      ) : null}
      <form onSubmit={onReturn} noValidate aria-label="Return the report with comments" className="entry-form">
        <ErrorSummary errors={errors} labels={{ comments: 'Comments for the academy lead' }} />
        <TextAreaField
          name="comments"
          label="Comments for the academy lead"
          hint="Say what needs to change before you can approve it."
          errors={errors.comments}
        />
        <button type="submit" className="button-secondary" disabled={giveBack.isPending}>
          Return with comments
        </button>
      </form>
      {confirming?.action === 'return' ? (
        <ConfirmPanel
          title={`Return the ${report.period} report to the academy lead?`}
          confirmLabel="Yes, return it with my comments"
          pending={giveBack.isPending}
          onConfirm={() =>
            giveBack.mutate({ ...ids, comments: confirming.comments }, { onSettled: () => setConfirming(null) })
          }
          onCancel={() => setConfirming(null)}
        >
          <p>
            The report goes back to the academy lead as a draft with your comments. Its frozen figures are set aside and
            frozen again, from the data of that day, when it is submitted again.
          </p>
        </ConfirmPanel>
      ) : null}
    </section>
  );
}
