/** Test fixture: the five kinds of caller the access rules distinguish, as real users with passwords. */

import type { Database } from '@ldm/db';
import type { LocalityCode } from '@ldm/shared';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { addUser } from '../user/service';

export const TEST_PASSWORD = 'correct horse battery';

export async function addTestUsers(
  db: Kysely<Database>,
): Promise<Record<'admin' | 'national' | 'dean' | 'lead', SessionUser>> {
  const add = async (email: string, role: SessionUser['role'], localityCode: LocalityCode | null) => {
    const { user } = await addUser(db, null, { email, name: email.split('@')[0]!, role, localityCode }, TEST_PASSWORD);
    return { id: user.id, email: user.email, name: user.name, role: user.role, localityCode: user.localityCode };
  };
  return {
    admin: await add('admin@example.org', 'admin', null),
    national: await add('national@example.org', 'national', null),
    dean: await add('dean.ne@example.org', 'dean', 'NE'),
    lead: await add('lead.ne@example.org', 'academy_lead', 'NE'),
  };
}
