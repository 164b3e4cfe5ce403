/**
 * The demo's sign-ins: one administrator, one national implementation group member, and a dean
 * and an academy lead for each of the 13 localities. Passwords are fixed so the README can list
 * them; they are for the demo database only.
 */
import { LOCALITIES, type Role } from '@ldm/shared';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  localityCode: string | null;
  password: string;
}

const DEAN_NAMES = [
  'Dr Helen Forster',
  'Prof Andrew Kerr',
  'Dr Nadia Rahman',
  'Dr Simon Lyle',
  'Prof Grace Adeyemi',
  'Dr Paul Whitfield',
  'Dr Leila Haddad',
  'Prof Martin Shaw',
  'Dr Ruth Okoro',
  'Dr James Penrose',
  'Dr Kate Morley',
  'Prof Tom Ashdown',
  'Dr Claire Dunmore',
];
const LEAD_NAMES = [
  'Dr Sam Patel',
  'Dr Emma Rowe',
  'Dr Imran Siddiqui',
  'Dr Lucy Barnes',
  'Dr Kofi Asante',
  'Dr Rachel Tan',
  'Dr Ben Carver',
  'Dr Aisha Malik',
  'Dr Owen Price',
  'Dr Sophie Lang',
  'Dr Dan Reeve',
  'Dr Mei Lin',
  'Dr Hannah Cole',
];

export function listDemoUsers(): DemoUser[] {
  return [
    {
      email: 'admin@ldm.example',
      name: 'Alex Morgan (administrator)',
      role: 'admin',
      localityCode: null,
      password: 'admin-demo',
    },
    {
      email: 'national@ldm.example',
      name: 'Dr Jo Bennett (national implementation group)',
      role: 'national',
      localityCode: null,
      password: 'national-demo',
    },
    ...LOCALITIES.flatMap((locality, i) => {
      const slug = locality.code.toLowerCase();
      return [
        {
          email: `dean.${slug}@ldm.example`,
          name: `${DEAN_NAMES[i]} (Postgraduate Dean, ${locality.name})`,
          role: 'dean' as const,
          localityCode: locality.code,
          password: `dean-${slug}-demo`,
        },
        {
          email: `lead.${slug}@ldm.example`,
          name: `${LEAD_NAMES[i]} (Leadership Academy Lead, ${locality.name})`,
          role: 'academy_lead' as const,
          localityCode: locality.code,
          password: `lead-${slug}-demo`,
        },
      ];
    }),
  ];
}
