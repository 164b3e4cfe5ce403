/**
 * The shared repository: national frameworks and each locality's own practice, tagged by
 * principle, stage and tier so others can find what fits.
 */

import { LOCALITIES } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { ResourceTable, ResourceTagTable } from '../schema';
import type { DemoCalendar } from './calendar';
import type { Random } from './random';

export interface DemoResource {
  row: Insertable<ResourceTable>;
  tags: Omit<Insertable<ResourceTagTable>, 'resource_id'>[];
}

type Tags = { principles: number[]; stages: string[]; tiers: number[] };

const NATIONAL: readonly { title: string; url: string | null; body: string | null; tags: Tags }[] = [
  {
    title: 'Healthcare Leadership Model',
    url: 'https://www.leadershipacademy.nhs.uk/resources/healthcare-leadership-model/',
    body: null,
    tags: { principles: [1, 18], stages: ['foundation', 'core', 'higher'], tiers: [1] },
  },
  {
    title: 'Leadership and management standards for medical professionals (FMLM)',
    url: 'https://www.fmlm.ac.uk',
    body: null,
    tags: { principles: [3, 23], stages: ['core', 'higher'], tiers: [2, 3] },
  },
  {
    title: 'Leadership and management for all doctors (GMC guidance)',
    url: 'https://www.gmc-uk.org',
    body: null,
    tags: { principles: [1, 14], stages: ['foundation', 'core', 'higher'], tiers: [1] },
  },
  {
    title: 'Developing leadership for doctors in postgraduate training: principles (HEE)',
    url: null,
    body: 'The 24 design principles and seven recommendations, with a checklist for local self-assessment.',
    tags: { principles: [2, 4, 24], stages: [], tiers: [1, 2, 3] },
  },
  {
    title: 'The 70:20:10 model applied to leadership learning',
    url: null,
    body: 'How to design an offer that is mostly learning in work, some through others, a little formal.',
    tags: { principles: [7, 10], stages: [], tiers: [1, 2] },
  },
  {
    title: 'Commissioning a coaching offer for doctors in training',
    url: null,
    body: 'Specification, costs and evaluation questions from three localities.',
    tags: { principles: [12, 22], stages: ['core', 'higher'], tiers: [2] },
  },
];

const LOCAL: readonly { title: string; body: string; tags: Tags }[] = [
  {
    title: 'Foundation leadership day: programme and slides',
    body: 'Timetable, facilitator notes and evaluation form for a one-day tier-1 session.',
    tags: { principles: [2, 21], stages: ['foundation'], tiers: [1] },
  },
  {
    title: 'QI project toolkit for trainees',
    body: 'Templates for project charters, driver diagrams and run charts, with worked examples.',
    tags: { principles: [9, 10], stages: ['core', 'higher'], tiers: [2] },
  },
  {
    title: 'Chief registrar role description',
    body: 'Role, time allocation and supervision agreed with the trust board.',
    tags: { principles: [22, 9], stages: ['higher'], tiers: [3] },
  },
  {
    title: 'Employer conversation guide: invitational workplaces',
    body: 'Questions for the three-way conversation between dean, academy and employers.',
    tags: { principles: [9, 18], stages: [], tiers: [] },
  },
];

export function buildResources(random: Random, calendar: DemoCalendar): DemoResource[] {
  const created = (index: number) =>
    `${calendar.years[Math.min(index % 4, calendar.years.length - 1)]!.from.slice(0, 4)}-11-15T09:00:00.000Z`;
  const tagsOf = (tags: Tags) => [
    ...tags.principles.map((p) => ({ kind: 'principle', value: String(p) })),
    ...tags.stages.map((s) => ({ kind: 'stage', value: s })),
    ...tags.tiers.map((t) => ({ kind: 'tier', value: String(t) })),
  ];
  const resources: DemoResource[] = NATIONAL.map((r, i) => ({
    row: { title: r.title, url: r.url, body: r.body, locality_code: null, created_by: null, created_at: created(i) },
    tags: tagsOf(r.tags),
  }));
  for (const [i, locality] of LOCALITIES.entries()) {
    for (const r of random.sample(LOCAL, random.int(1, 3))) {
      resources.push({
        row: {
          title: `${r.title} (${locality.name})`,
          url: null,
          body: r.body,
          locality_code: locality.code,
          created_by: null,
          created_at: created(i),
        },
        tags: tagsOf(r.tags),
      });
    }
  }
  return resources;
}
