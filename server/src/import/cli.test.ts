/** `pnpm cli import` end to end: output lines, exit status, and that a rejected file changes nothing. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, REPOSITORY_ROOT } from '@ldm/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-cli-import-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // The CLI picks PostgreSQL when DATABASE_URL is set; this test checks the CLI, not the dialect.
  const env = { ...process.env, DATABASE_PATH: path.join(dir, 'cli.sqlite'), DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(
      path.join(REPOSITORY_ROOT, 'node_modules', '.bin', 'tsx'),
      ['server/src/cli/main.ts', 'import', ...args],
      { cwd: REPOSITORY_ROOT, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('pnpm cli import', () => {
  it('prints the counts, then problems one per line starting with "row N", and exits non-zero', async () => {
    const good = await cli('organisations', 'docs/samples/organisations.csv');
    expect(good).toMatchObject({ code: 0, stdout: 'inserted 4, updated 0, unchanged 0\n' });
    expect(good.stderr).toMatch(/validating: 100% \(4 rows, \d+ rows\/s\)/);

    const again = await cli('organisations', 'docs/samples/organisations.csv');
    expect(again.stdout).toBe('inserted 0, updated 0, unchanged 4\n');

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'code,name,type,locality\nRX1,Renamed,trust,NE\nX2,Y,shop,NE\n');
    const rejected = await cli('organisations', bad);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toBe('row 3, column type, value "shop": must be one of trust, gp_practice, other\n');

    const header = path.join(dir, 'header.csv');
    fs.writeFileSync(header, 'code,name,type\n');
    expect((await cli('organisations', header)).stdout).toBe(
      'row 1, column locality, value "": required column is missing from the header\n',
    );

    const db = openDatabase({ kind: 'sqlite', path: path.join(dir, 'cli.sqlite') });
    const rx1 = await db.selectFrom('organisations').select('name').where('code', '=', 'RX1').executeTakeFirstOrThrow();
    await db.destroy();
    expect(rx1.name).toBe('Northumbria Healthcare NHS Foundation Trust');
  });

  it('reverts an import by its id: once, then refuses, and refuses an id that is not one', async () => {
    const renamed = path.join(dir, 'renamed.csv');
    fs.writeFileSync(renamed, 'code,name,type,locality\nRX1,Renamed,trust,NE\nNEWX,New,other,NE\n');
    expect((await cli('organisations', renamed)).stdout).toBe('inserted 1, updated 1, unchanged 0\n');
    const db = openDatabase({ kind: 'sqlite', path: path.join(dir, 'cli.sqlite') });
    const { id } = await db.selectFrom('imports').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const reverted = await cli('revert', String(id));
    expect(reverted).toMatchObject({
      code: 0,
      stdout: `reverted import ${id}: deleted 1, restored 1 (recorded as import ${id + 1})\n`,
    });
    const names = await db
      .selectFrom('organisations')
      .select(['code', 'name'])
      .where('code', 'in', ['RX1', 'NEWX'])
      .execute();
    await db.destroy();
    expect(names).toEqual([{ code: 'RX1', name: 'Northumbria Healthcare NHS Foundation Trust' }]);
    expect(await cli('revert', String(id))).toMatchObject({
      code: 1,
      stderr: `Import ${id} was already reverted (by import ${id + 1}).\n`,
    });
    expect((await cli('revert', 'abc')).code).toBe(2);
  });
});
