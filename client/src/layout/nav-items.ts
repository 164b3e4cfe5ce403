/** The main navigation; each entry names the roles that see it. */
import type { Role } from '@ldm/shared';
import type { SessionUser } from '../lib/use-session';

export interface NavItem {
  label: string;
  /** The link for this user, or null when the entry does not apply to them. */
  to: (user: SessionUser) => string | null;
  roles: readonly Role[];
  /** Highlight only on this exact path, not on the pages below it (the locality's own sub-pages have entries of their own). */
  end?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { label: 'Home', to: () => '/', roles: ['admin', 'national', 'dean', 'academy_lead'], end: true },
  { label: 'England', to: () => '/national', roles: ['admin', 'national', 'dean', 'academy_lead'] },
  {
    label: 'My locality',
    to: (user) => (user.localityCode ? `/localities/${user.localityCode}` : null),
    roles: ['dean', 'academy_lead'],
    end: true,
  },
  {
    label: 'Offer catalogue',
    to: (user) => `/offers/${user.localityCode ?? ''}`,
    roles: ['admin', 'national', 'dean', 'academy_lead'],
  },
  { label: 'Trainees', to: (user) => `/trainees/${user.localityCode ?? ''}`, roles: ['admin', 'dean', 'academy_lead'] },
  {
    label: 'Data imports',
    to: (user) => `/imports/${user.localityCode ?? ''}`,
    roles: ['admin', 'dean', 'academy_lead'],
  },
  {
    label: 'Self-assessment',
    to: (user) => (user.localityCode ? `/localities/${user.localityCode}/self-assessment` : '/self-assessment'),
    roles: ['admin', 'national', 'dean', 'academy_lead'],
  },
  {
    label: 'Plan',
    to: (user) => (user.localityCode ? `/localities/${user.localityCode}/plan` : null),
    roles: ['dean', 'academy_lead'],
  },
  {
    label: 'Progress reports',
    to: (user) => (user.localityCode ? `/localities/${user.localityCode}/reports` : '/reports'),
    roles: ['admin', 'national', 'dean', 'academy_lead'],
  },
  { label: 'Resources', to: () => '/resources', roles: ['admin', 'national', 'dean', 'academy_lead'] },
  { label: 'About the measures', to: () => '/about', roles: ['admin', 'national', 'dean', 'academy_lead'] },
  { label: 'Administration', to: () => '/admin/users', roles: ['admin'] },
];

/** A user's own dashboard: a dean or academy lead's locality, everyone else's England. */
export function homePathOf(user: SessionUser): string {
  return user.localityCode ? `/localities/${user.localityCode}` : '/national';
}
