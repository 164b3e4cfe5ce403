/**
 * One progress report: where it is in the workflow, the dean's comments when returned, the
 * document itself, the controls the viewer may use now, and printing (the print stylesheet keeps
 * only the document).
 */

import { isLocalityCode, type LocalityCode } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { usePeriod, withPeriod } from '../../lib/use-period';
import { useSessionUser } from '../../lib/use-session';
import { NotFoundPage } from '../not-found/not-found-page';
import { NarrativeEditor, ReviewPanel } from './report-actions';
import { type ReportContents, ReportDocument } from './report-document';
import { dateOf, mayAuthor, mayReview, REPORT_STATUS_WORDS } from './report-words';

type Report = RouterOutputs['report']['get'];

export function ReportPage() {
  const { localityCode = '', reportId = '' } = useParams();
  const id = Number(reportId);
  if (!isLocalityCode(localityCode) || !Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <ProgressReport localityCode={localityCode} reportId={id} />;
}

/** The snapshot frozen at submission, once the report is submitted or approved. */
function frozenContents(report: Report): ReportContents | null {
  if (
    (report.status !== 'submitted' && report.status !== 'approved') ||
    !report.measures ||
    !report.plan ||
    report.dataVersion === null
  )
    return null;
  return {
    dataVersion: report.dataVersion,
    ...report.measures,
    plan: report.plan,
    selfAssessment: report.selfAssessment,
  };
}

function StatusLine({ report }: { report: Report }) {
  return (
    <div className={`report-status report-status-${report.status}`}>
      <p>
        <strong>Status: {REPORT_STATUS_WORDS[report.status]}.</strong> Started {dateOf(report.createdAt)}
        {report.submittedAt
          ? `; submitted ${dateOf(report.submittedAt)}${report.submittedBy ? ` by ${report.submittedBy}` : ''}`
          : ''}
        {report.approvedAt
          ? `; approved ${dateOf(report.approvedAt)}${report.approvedBy ? ` by ${report.approvedBy}` : ''}`
          : ''}
        .
      </p>
      {report.status === 'returned' && report.returnComments ? (
        <div className="return-comments">
          <h2>The dean's comments</h2>
          <p>{report.returnComments}</p>
        </div>
      ) : null}
      {report.status === 'approved' ? <p>This report is locked: nobody can change it.</p> : null}
    </div>
  );
}

function ReportBody({ localityCode, report }: { localityCode: LocalityCode; report: Report }) {
  const trpc = useTRPC();
  const user = useSessionUser();
  const frozen = frozenContents(report);
  const preview = useQuery({
    ...trpc.report.preview.queryOptions({ localityCode, period: report.period }),
    enabled: frozen === null,
  });
  const editing = (report.status === 'draft' || report.status === 'returned') && mayAuthor(user, localityCode);
  const narrative = editing ? (
    <>
      <NarrativeEditor key={report.status} localityCode={localityCode} report={report} />
      <div className="narrative print-only">{report.narrative}</div>
    </>
  ) : (
    <div className="narrative">{report.narrative.trim() ? report.narrative : <p>No narrative written yet.</p>}</div>
  );
  return (
    <>
      <StatusLine report={report} />
      <p className="no-print">
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </p>
      {frozen ? (
        <ReportDocument contents={frozen} frozen narrative={narrative} />
      ) : (
        <QueryState query={preview} label="today's figures">
          {(contents) => <ReportDocument contents={contents} frozen={false} narrative={narrative} />}
        </QueryState>
      )}
      {/* The decision comes after the document: the dean reads it first. */}
      {report.status === 'submitted' && mayReview(user, localityCode) ? (
        <ReviewPanel localityCode={localityCode} report={report} />
      ) : null}
    </>
  );
}

function ProgressReport({ localityCode, reportId }: { localityCode: LocalityCode; reportId: number }) {
  const trpc = useTRPC();
  const [period] = usePeriod();
  const report = useQuery(trpc.report.get.queryOptions({ localityCode, reportId }));
  return (
    <article className="report">
      <p className="no-print">
        <Link to={withPeriod(`/localities/${localityCode}/reports`, period)}>
          All progress reports of {nameOfPlace(localityCode)}
        </Link>
      </p>
      <h1>
        Progress report: {nameOfPlace(localityCode)}
        {report.data ? `, ${report.data.period}` : ''}
      </h1>
      <QueryState query={report} label="the report">
        {(data) => <ReportBody localityCode={localityCode} report={data} />}
      </QueryState>
    </article>
  );
}
