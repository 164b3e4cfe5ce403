import type { Role } from '@ldm/shared';

export const ROLE_WORDS: Record<Role, string> = {
  admin: 'Administrator',
  national: 'National implementation group',
  dean: 'Postgraduate dean',
  academy_lead: 'Leadership academy lead',
};
