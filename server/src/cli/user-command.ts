/**
 * `pnpm cli user add <email> --role <role> [--locality <code>]` (PRODUCT.md §9): creates a user.
 * A password piped on standard input is used as given; otherwise a one-time password is
 * generated and printed — the only thing written to standard output.
 */

import { type Database, databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import { createUserSchema } from '@ldm/shared/schemas';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { generatePassword } from '../auth/password';
import { addUser } from '../user/service';

const MIN_PASSWORD_LENGTH = 10;

export interface UserAddOptions {
  role: string;
  locality?: string;
  name?: string;
}

/** Returns the lines to print: `stdout` is the generated password (or nothing), `stderr` a summary or the problems. */
export async function addUserFromCli(
  db: Kysely<Database>,
  email: string,
  options: UserAddOptions,
  givenPassword: string | null,
) {
  const parsed = createUserSchema.safeParse({
    email,
    name: options.name ?? email.split('@')[0],
    role: options.role,
    localityCode: options.locality ?? null,
  });
  if (!parsed.success) {
    return {
      ok: false,
      stdout: '',
      stderr: parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'),
    };
  }
  if (givenPassword !== null && givenPassword.length < MIN_PASSWORD_LENGTH) {
    return { ok: false, stdout: '', stderr: `password: use at least ${MIN_PASSWORD_LENGTH} characters.` };
  }
  const { user, password } = await addUser(db, null, parsed.data, givenPassword ?? generatePassword());
  const where = user.localityCode ? ` (${user.localityCode})` : '';
  return {
    ok: true,
    stdout: givenPassword === null ? password : '',
    stderr: `Created ${user.role} ${user.email}${where}.${givenPassword === null ? ' One-time password on standard output.' : ''}`,
  };
}

async function readPipedPassword(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  return text === '' ? null : text;
}

export function registerUserCommand(program: Command): void {
  program
    .command('user')
    .description('manage users')
    .command('add <email>')
    .description('create a user and print a one-time password (or read one from standard input)')
    .requiredOption('--role <role>', 'admin, national, dean or academy_lead')
    .option('--locality <code>', 'locality code, required for dean and academy_lead')
    .option('--name <name>', 'display name (default: the part of the email before @)')
    .action(async (email: string, options: UserAddOptions) => {
      const db = openDatabase(databaseConfigFromEnv());
      try {
        await migrateToLatest(db);
        const result = await addUserFromCli(db, email, options, await readPipedPassword());
        if (result.stdout) process.stdout.write(`${result.stdout}\n`);
        process.stderr.write(`${result.stderr}\n`);
        if (!result.ok) process.exitCode = 1;
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 1;
      } finally {
        await db.destroy();
      }
    });
}
