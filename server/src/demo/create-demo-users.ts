/**
 * Adds the demo users (hashing their passwords concurrently: scrypt runs on libuv's thread pool)
 * and credits each locality's monitoring records to its academy lead and dean, so the dashboard
 * shows who wrote, submitted and approved what.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import type { DemoUser } from './demo-users';

export type HashedDemoUser = DemoUser & { passwordHash: string };

export function hashDemoUsers(users: DemoUser[]): Promise<HashedDemoUser[]> {
  return Promise.all(users.map(async (user) => ({ ...user, passwordHash: await hashPassword(user.password) })));
}

export async function insertDemoUsers(db: Kysely<Database>, users: HashedDemoUser[], createdAt: string): Promise<void> {
  const rows = await db
    .insertInto('users')
    .values(
      users.map((u) => ({
        email: u.email,
        name: u.name,
        role: u.role,
        locality_code: u.localityCode,
        password_hash: u.passwordHash,
        created_at: createdAt,
      })),
    )
    .returning(['id', 'role', 'locality_code'])
    .execute();
  for (const lead of rows.filter((r) => r.role === 'academy_lead')) {
    const locality = lead.locality_code!;
    const dean = rows.find((r) => r.role === 'dean' && r.locality_code === locality)!;
    await db
      .updateTable('self_assessments')
      .set({ created_by: lead.id })
      .where('locality_code', '=', locality)
      .execute();
    await db.updateTable('resources').set({ created_by: lead.id }).where('locality_code', '=', locality).execute();
    await db
      .updateTable('plan_action_updates')
      .set({ created_by: lead.id })
      .where('plan_action_id', 'in', (eb) =>
        eb.selectFrom('plan_actions').select('id').where('locality_code', '=', locality),
      )
      .execute();
    await db
      .updateTable('progress_reports')
      .set({ created_by: lead.id })
      .where('locality_code', '=', locality)
      .execute();
    await db
      .updateTable('progress_reports')
      .set({ submitted_by: lead.id })
      .where('locality_code', '=', locality)
      .where('submitted_at', 'is not', null)
      .execute();
    await db
      .updateTable('progress_reports')
      .set({ approved_by: dean.id })
      .where('locality_code', '=', locality)
      .where('approved_at', 'is not', null)
      .execute();
  }
}
