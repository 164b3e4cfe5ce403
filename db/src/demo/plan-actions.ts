/**
 * Each locality's implementation plan: actions drawn from the report's recommendations, with
 * owners, quarterly due dates across the demo years, statuses that depend on how well the
 * locality delivers, and a dated trail of updates.
 */

import type { PlanActionStatus } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { PlanActionTable, PlanActionUpdateTable } from '../schema';
import { addDays, type DemoCalendar } from './calendar';
import type { Random } from './random';

export interface DemoPlanAction {
  row: Insertable<PlanActionTable>;
  recommendations: number[];
  principles: number[];
  updates: Omit<Insertable<PlanActionUpdateTable>, 'plan_action_id'>[];
}

const TEMPLATES: readonly { title: string; recommendations: number[]; principles: number[] }[] = [
  {
    title: 'Launch a tier-1 leadership course for every foundation doctor',
    recommendations: [1],
    principles: [2, 4, 21],
  },
  {
    title: 'Map the offer against stages and tiers and publish it to trainees',
    recommendations: [1, 6],
    principles: [5, 3],
  },
  {
    title: 'Agree leadership learning in placement descriptions with every trust',
    recommendations: [2, 3],
    principles: [9, 10],
  },
  {
    title: 'Run a three-way workshop with employers on invitational workplaces',
    recommendations: [2],
    principles: [9, 18],
  },
  { title: 'Appoint a trainee co-lead to the leadership academy board', recommendations: [1], principles: [17, 14] },
  {
    title: 'Join the national implementation group and share two practice examples',
    recommendations: [4],
    principles: [18, 19],
  },
  { title: 'Align the local offer with college curricula requirements', recommendations: [5], principles: [3, 23] },
  { title: 'Set a baseline and targets for the eight measures', recommendations: [6], principles: [24] },
  {
    title: 'Collect uptake and completion data from every provider each quarter',
    recommendations: [6],
    principles: [24, 20],
  },
  {
    title: 'Train educational supervisors to hold developmental conversations',
    recommendations: [1, 3],
    principles: [12, 13],
  },
  { title: 'Open the QI programme to nursing and allied health colleagues', recommendations: [1], principles: [8, 7] },
  { title: 'Secure recurrent funding for the leadership fellowship', recommendations: [1, 7], principles: [20, 22] },
  { title: 'Report progress to the postgraduate dean and the national board', recommendations: [7], principles: [24] },
  { title: 'Pilot simulation-based leadership training in two trusts', recommendations: [1], principles: [11, 7] },
];

const OWNERS = [
  'Associate Dean for Leadership',
  'Head of the Leadership Academy',
  'Foundation School Director',
  'Head of GP School',
  'Director of Medical Education (lead trust)',
  'Trainee leadership forum chair',
  'Quality and Data Manager',
];

function statusFor(random: Random, dueDate: string, today: string, delivery: number): PlanActionStatus {
  if (dueDate < today) return random.chance(delivery) ? 'complete' : random.pick(['off track', 'at risk'] as const);
  return random.pickWeighted(['on track', 'at risk', 'not started', 'complete'] as const, [55, 20, 15, 10]);
}

export function buildPlanActions(
  random: Random,
  calendar: DemoCalendar,
  localityCode: string,
  delivery: number,
): DemoPlanAction[] {
  const quarterEnds = calendar.years
    .flatMap((y) => [`${y.from.slice(0, 4)}-09-30`, `${y.to.slice(0, 4)}-03-31`])
    .slice(1);
  const firstDay = calendar.years[0]!.from;
  return random.sample(TEMPLATES, random.int(8, 12)).map((template) => {
    const due_date = random.pick(quarterEnds);
    const status = statusFor(random, due_date, calendar.today, delivery);
    const created = [[addDays(due_date, -random.int(180, 540)), firstDay].sort()[1]!, calendar.today].sort()[0]!;
    const lastUpdate = [due_date, calendar.today].sort()[0]!;
    const span = Math.max(1, Math.round((Date.parse(lastUpdate) - Date.parse(created)) / 86_400_000));
    const updateDays = Array.from({ length: random.int(1, 3) }, () => random.int(1, span)).sort((a, b) => a - b);
    const updates = updateDays.map((days, i) => {
      const last = i === updateDays.length - 1;
      const updateStatus = last ? status : 'on track';
      return {
        status: updateStatus,
        note: last ? `Status now ${updateStatus}.` : 'Work under way; next steps agreed with the owner.',
        created_by: null,
        created_at: `${addDays(created, days)}T09:00:00.000Z`,
      };
    });
    return {
      row: {
        locality_code: localityCode,
        title: template.title,
        owner: random.pick(OWNERS),
        due_date,
        status,
        created_at: `${created}T09:00:00.000Z`,
        updated_at: updates[updates.length - 1]!.created_at,
      },
      recommendations: template.recommendations,
      principles: template.principles,
      updates,
    };
  });
}
