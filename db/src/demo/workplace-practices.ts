/**
 * Which of the nine workplace practices each organisation provides, per financial year. Employers
 * start anywhere from 2 to 8 practices and add one in about half of the years, so some fall short
 * of the standard (5 of 9) early on and most improve.
 */

import { WORKPLACE_PRACTICE_CODES } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { WorkplacePracticeRecordTable } from '../schema';
import type { DemoCalendar } from './calendar';
import type { DemoOrganisation } from './organisations';
import type { Random } from './random';

export function buildWorkplacePractices(
  random: Random,
  calendar: DemoCalendar,
  organisations: DemoOrganisation[],
): Insertable<WorkplacePracticeRecordTable>[] {
  const records: Insertable<WorkplacePracticeRecordTable>[] = [];
  for (const organisation of organisations) {
    // The order in which this employer takes up practices; it keeps those it has.
    const order = random.sample(WORKPLACE_PRACTICE_CODES, WORKPLACE_PRACTICE_CODES.length);
    let count = organisation.type === 'trust' ? random.int(2, 8) : random.int(2, 7);
    for (const year of calendar.years) {
      const provided = new Set(order.slice(0, count));
      const record: Insertable<WorkplacePracticeRecordTable> = {
        organisation_code: organisation.code,
        year: year.label,
      } as Insertable<WorkplacePracticeRecordTable>;
      for (const practice of WORKPLACE_PRACTICE_CODES) record[practice] = provided.has(practice) ? 1 : 0;
      records.push(record);
      if (random.chance(0.45)) count = Math.min(WORKPLACE_PRACTICE_CODES.length, count + 1);
    }
  }
  return records;
}
