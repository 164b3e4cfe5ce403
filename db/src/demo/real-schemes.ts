/**
 * The schemes the sources name (PRODUCT.md §11), with their facts. A scheme run in several
 * localities becomes one offer per locality (an offer's scope is one locality or national);
 * where the sources give a capacity range for the whole scheme, it is split between them.
 */
import type { Intervention, LearningMode, LocalityCode, OfferAccess, OfferDelivery, OfferFunding, Stage } from '@ldm/shared';
import type { OfferSchedule } from './demo-offer';

export interface RealScheme {
  key: string;
  title: string;
  provider: string;
  providerType: string;
  /** Localities it runs in (one offer each), or national. */
  scopes: readonly (LocalityCode | 'national')[];
  tier: 1 | 2 | 3;
  stages: readonly Stage[];
  /** Places per year across the whole scheme, as the sources give them; null = not defined. */
  capacityRange: readonly [number, number] | null;
  interventions: readonly Intervention[];
  mode: LearningMode;
  access: OfferAccess;
  funding: OfferFunding;
  delivery: OfferDelivery;
  multiprofessional: boolean;
  schedule: OfferSchedule;
  description: string;
  url: string | null;
  source: string;
}

const LONDON = ['NCEL', 'NWL', 'SL'] as const;
const ALL: readonly Stage[] = ['foundation', 'core', 'higher'];

export const REAL_SCHEMES: readonly RealScheme[] = [
  { key: 'DARZI', title: 'Fellowship in Clinical Leadership ("Darzi" Fellowship)', provider: 'London Leadership Academy', providerType: 'leadership academy', scopes: LONDON, tier: 3, stages: ['higher'], capacityRange: [40, 60], interventions: ['workplace_experience', 'project_work', 'action_learning', 'coaching_mentoring'], mode: 'work', access: 'competitive', funding: 'recurrent', delivery: 'out_of_programme', multiprofessional: true, schedule: 'fellowship', description: '12-month out-of-programme fellowship leading a service-improvement project in a London NHS organisation.', url: null, source: 'Reform Table 3; HEE Box 1' },
  { key: 'CLAHRC', title: 'NIHR CLAHRC Improvement Leadership Fellowship', provider: 'NIHR CLAHRC Northwest London', providerType: 'research collaboration', scopes: ['NWL'], tier: 3, stages: ['core', 'higher'], capacityRange: [7, 13], interventions: ['project_work', 'action_learning', 'coaching_mentoring'], mode: 'work', access: 'competitive', funding: 'one_off', delivery: 'in_work', multiprofessional: true, schedule: 'fellowship', description: 'One day a week for 12 months leading an improvement project with a multiprofessional team.', url: null, source: 'Reform Table 3' },
  { key: 'NMDCF', title: "NHS Medical Director's Clinical Fellow Scheme", provider: 'Faculty of Medical Leadership and Management', providerType: 'professional body', scopes: ['national'], tier: 3, stages: ['higher'], capacityRange: [25, 30], interventions: ['workplace_experience', 'project_work', 'coaching_mentoring', 'feedback_360'], mode: 'work', access: 'competitive', funding: 'recurrent', delivery: 'out_of_programme', multiprofessional: false, schedule: 'fellowship', description: '12 months out of programme working at a national healthcare body on policy and leadership.', url: 'https://www.fmlm.ac.uk', source: 'Reform Table 3; toolkit' },
  { key: 'NHSLA', title: 'NHS Leadership Academy programmes (Edward Jenner, online)', provider: 'NHS Leadership Academy', providerType: 'national body', scopes: ['national'], tier: 1, stages: ALL, capacityRange: null, interventions: ['technology_enhanced', 'short_courses'], mode: 'formal', access: 'open', funding: 'recurrent', delivery: 'in_work', multiprofessional: true, schedule: 'online', description: 'Free online foundations of leadership, open to everyone working in health and care.', url: 'https://www.leadershipacademy.nhs.uk', source: 'Reform Table 3; toolkit' },
  { key: 'PAIRED', title: 'Paired Learning', provider: 'London Leadership Academy', providerType: 'leadership academy', scopes: LONDON, tier: 2, stages: ['core', 'higher'], capacityRange: null, interventions: ['project_work', 'action_learning'], mode: 'relational', access: 'open', funding: 'recurrent', delivery: 'in_work', multiprofessional: true, schedule: 'programme', description: 'A doctor in training and a manager pair up for a joint improvement project and shared seminars.', url: null, source: 'Reform Table 3' },
  { key: 'MLP', title: 'Medical Leadership Programme (MSc)', provider: 'North West leadership academy with university partner', providerType: 'university', scopes: ['NW'], tier: 3, stages: ['higher'], capacityRange: [12, 12], interventions: ['short_courses', 'project_work', 'action_learning'], mode: 'formal', access: 'competitive', funding: 'recurrent', delivery: 'in_work', multiprofessional: false, schedule: 'fellowship', description: 'A two-year part-time master’s programme for GPST3 and ST4+ trainees.', url: null, source: 'Reform Table 3' },
  { key: 'CIM', title: 'Clinicians in Management', provider: 'North East leadership academy', providerType: 'leadership academy', scopes: ['NE'], tier: 2, stages: ['higher'], capacityRange: null, interventions: ['short_courses'], mode: 'formal', access: 'open', funding: 'recurrent', delivery: 'in_work', multiprofessional: false, schedule: 'course', description: 'A two-to-three-day course on NHS management for trainees approaching CCT.', url: null, source: 'Reform Table 3' },
  { key: 'HARKNESS', title: 'Commonwealth Harkness Fellowship', provider: 'The Commonwealth Fund', providerType: 'charitable foundation', scopes: ['national'], tier: 3, stages: ['higher'], capacityRange: null, interventions: ['workplace_experience', 'project_work'], mode: 'work', access: 'competitive', funding: 'one_off', delivery: 'out_of_programme', multiprofessional: true, schedule: 'fellowship', description: '12 months in the USA studying health policy and practice.', url: 'https://www.commonwealthfund.org/fellowships', source: 'Reform Table 3' },
  { key: 'L2L', title: 'Learn to Lead', provider: 'East Midlands leadership academy', providerType: 'leadership academy', scopes: ['EM'], tier: 1, stages: ALL, capacityRange: null, interventions: ['short_courses', 'project_work', 'feedback_360'], mode: 'formal', access: 'open', funding: 'recurrent', delivery: 'in_work', multiprofessional: false, schedule: 'course', description: 'A tiered programme: six taught days spread across training, from foundation to CCT.', url: null, source: 'HEE Box 1' },
  { key: 'LBL', title: 'Lead and Be Led; Leadership Development Centre', provider: 'Wessex leadership academy', providerType: 'leadership academy', scopes: ['WX'], tier: 2, stages: ['core', 'higher'], capacityRange: null, interventions: ['short_courses', 'psychometrics', 'feedback_360'], mode: 'formal', access: 'open', funding: 'recurrent', delivery: 'in_work', multiprofessional: false, schedule: 'course', description: 'A two-day course and a development centre with psychometric and 360 feedback.', url: null, source: 'HEE Box 1' },
  { key: 'CHIEFRES', title: 'Chief Resident Programme', provider: 'Cambridge Judge Business School', providerType: 'university', scopes: ['EOE'], tier: 3, stages: ['higher'], capacityRange: [40, 50], interventions: ['workplace_experience', 'short_courses', 'action_learning'], mode: 'work', access: 'competitive', funding: 'recurrent', delivery: 'in_work', multiprofessional: false, schedule: 'fellowship', description: 'Senior trainees take a chief resident role in their trust with a taught programme at Cambridge.', url: null, source: 'HEE Box 1' },
  { key: 'PGS', title: 'Professional and Generic Skills programme', provider: 'South West deanery with universities', providerType: 'university', scopes: ['SW'], tier: 1, stages: ['foundation', 'core'], capacityRange: null, interventions: ['short_courses', 'technology_enhanced'], mode: 'formal', access: 'open', funding: 'recurrent', delivery: 'in_work', multiprofessional: false, schedule: 'course', description: 'Generic professional skills, leadership included, taught with the region’s universities.', url: null, source: 'HEE Box 1' },
  { key: 'NIGHT', title: 'Leadership "night schools"', provider: 'North West trainees’ leadership network', providerType: 'trainee-led', scopes: ['NW'], tier: 2, stages: ALL, capacityRange: null, interventions: ['short_courses', 'action_learning'], mode: 'relational', access: 'open', funding: 'none', delivery: 'in_work', multiprofessional: true, schedule: 'programme', description: 'Monthly evening sessions run by trainees, with invited leaders.', url: null, source: 'HEE Box 1' },
  { key: 'RCPCR', title: 'RCP Chief Registrar / Senior Resident Programme', provider: 'Royal College of Physicians', providerType: 'royal college', scopes: ['national'], tier: 3, stages: ['higher'], capacityRange: null, interventions: ['workplace_experience', 'short_courses', 'coaching_mentoring'], mode: 'work', access: 'competitive', funding: 'recurrent', delivery: 'in_work', multiprofessional: false, schedule: 'fellowship', description: 'A year as chief registrar with protected time for leadership and a national development programme.', url: 'https://www.rcp.ac.uk', source: 'toolkit; HEE Box 1' },
  { key: 'LF', title: 'Leadership Fellowships (regional)', provider: 'Local leadership academy', providerType: 'leadership academy', scopes: ['YH', 'KSS'], tier: 3, stages: ['higher'], capacityRange: null, interventions: ['workplace_experience', 'project_work', 'coaching_mentoring'], mode: 'work', access: 'competitive', funding: 'recurrent', delivery: 'out_of_programme', multiprofessional: true, schedule: 'fellowship', description: 'A regional leadership fellowship hosted by a trust or the local office.', url: null, source: 'HEE Box 1' },
];

/** The offer code of a scheme in one of its scopes, e.g. `DARZI-NCEL`, `NHSLA`. */
export function schemeOfferCode(scheme: RealScheme, scope: LocalityCode | 'national'): string {
  return scheme.scopes.length === 1 ? scheme.key : `${scheme.key}-${scope}`;
}

/** Capacity per offer: the middle of the scheme's range, shared between its localities. */
export function schemeOfferCapacity(scheme: RealScheme): number | null {
  if (!scheme.capacityRange) return null;
  const [low, high] = scheme.capacityRange;
  return Math.round((low + high) / 2 / scheme.scopes.length);
}
