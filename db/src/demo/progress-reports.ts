/**
 * One progress report per locality per financial year, in every workflow state: earlier years
 * approved; the last complete year approved, submitted or returned with the dean's comments
 * (rotating between localities); the current year a draft. Snapshots are left for the server to
 * freeze (it owns the snapshot's shape); the users who acted are linked once they exist.
 */

import type { ReportStatus } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { ProgressReportTable } from '../schema';
import { addDays, type DemoCalendar } from './calendar';

const LAST_YEAR_STATES: readonly ReportStatus[] = ['approved', 'submitted', 'returned', 'approved', 'submitted'];

function narrativeFor(localityName: string, period: string, status: ReportStatus): string {
  if (status === 'draft')
    return `${localityName}, ${period} (draft): uptake so far this year; plan actions due this year are listed with their owners.`;
  return `${localityName}, ${period}: the offer now reaches more doctors in training; uptake grew on last year and the plan is reviewed each quarter with the postgraduate dean. Gaps remaining are described with the actions that close them.`;
}

export function buildProgressReports(
  calendar: DemoCalendar,
  localityCode: string,
  localityName: string,
  localityIndex: number,
): Insertable<ProgressReportTable>[] {
  const last = calendar.years.length - 1;
  return calendar.years.map((year, index) => {
    const status: ReportStatus =
      index === last
        ? 'draft'
        : index === last - 1
          ? LAST_YEAR_STATES[localityIndex % LAST_YEAR_STATES.length]!
          : 'approved';
    const written = index === last ? calendar.today : addDays(year.to, 30);
    const submitted = status === 'draft' ? null : addDays(written, 14);
    const stamp = (date: string | null) => (date ? `${date}T12:00:00.000Z` : null);
    return {
      locality_code: localityCode,
      period: year.label,
      status,
      narrative: narrativeFor(localityName, year.label, status),
      measures_snapshot: null,
      plan_snapshot: null,
      self_assessment_snapshot: null,
      data_version: null,
      return_comments:
        status === 'returned'
          ? 'Please add the uptake by stage and explain the fall in completion; resubmit by the end of the month.'
          : null,
      created_by: null,
      created_at: stamp(written)!,
      updated_at: stamp(submitted ?? written)!,
      submitted_by: null,
      submitted_at: status === 'submitted' || status === 'approved' ? stamp(submitted) : null,
      approved_by: null,
      approved_at: status === 'approved' ? stamp(addDays(submitted!, 21)) : null,
    };
  });
}
