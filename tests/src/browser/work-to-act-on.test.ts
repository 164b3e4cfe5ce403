/**
 * Work to act on (issue 19), on the hand-checked fixture for 2024-25: employers below the
 * workplace standard by name with the practices they lack, and the North East trainees in post
 * whom no offer has reached — 10 in post, 5 enrolled: 1000003 and 1000004 (foundation), 1000006
 * and 1000007 (core), 1000010 (higher).
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserHarnessForFile, expectAccessible } from '../support/browser-harness';

const harness = browserHarnessForFile();
let page: Page;

beforeAll(async () => {
  page = await harness.signedInPage('deanNE', { width: 1440, height: 900 });
});

const gmcColumn = async () =>
  page
    .getByRole('table', { name: /Trainees not yet reached/ })
    .locator('tbody th')
    .allInnerTexts();

describe('work to act on', () => {
  it('names the employers below the standard with the practices each lacks', async () => {
    await page.goto(`${harness.baseUrl}/localities/NE?period=2024-25`);
    const gaps = page.getByRole('region', { name: 'Gaps' });
    const employer = gaps.getByRole('listitem').filter({ hasText: 'Wearside Practice (NE-GP)' });
    await employer.waitFor();
    await expect(employer.innerText()).resolves.toContain('4 trainees in post; provides 2 of 9 practices.');
    await employer.getByText('Lacks 7 practices').click();
    // The fixture's NE-GP provides the first two practices of §10's list.
    await employer.getByRole('listitem').filter({ hasText: 'Longer placements' }).waitFor();
    await expect(employer.getByRole('listitem').count()).resolves.toBe(7);
    await expect(gaps.getByText('Tyneside Hospitals').count()).resolves.toBe(0);
  });

  it('lists the trainees not yet reached, by stage, filtered and exported by the server', async () => {
    const reach = page.getByRole('region', { name: 'Not yet reached' });
    await expect(reach.innerText()).resolves.toContain('5 of 10 trainees in post have no participation');
    await reach.getByRole('link', { name: 'See them by stage and programme' }).click();
    await page.getByRole('heading', { name: '5 of 10 trainees in post not yet reached' }).waitFor();
    await expect(gmcColumn()).resolves.toEqual(['1000003', '1000004', '1000006', '1000007', '1000010']);
    const byStage = page.getByRole('table', { name: 'Not yet reached by stage, 2024-25' });
    await expect(byStage.getByRole('row').filter({ hasText: 'Core' }).locator('td').allInnerTexts()).resolves.toEqual([
      '3',
      '2',
    ]);
    await expectAccessible(page, 'not-yet-reached-1440');

    await page.getByLabel('Stage').selectOption('core');
    await page.getByRole('status').filter({ hasText: '1 to 2 of 2 trainees not yet reached' }).waitFor();
    await expect(gmcColumn()).resolves.toEqual(['1000006', '1000007']);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download “Trainees not yet reached/ }).click(),
    ]);
    const lines = fs
      .readFileSync(await file.path(), 'utf8')
      .slice(1)
      .split(/\r?\n/)
      .filter(Boolean);
    expect(file.suggestedFilename()).toBe('not-yet-reached-NE-2024-25.csv');
    expect(lines.map((line) => line.split(',').slice(1, 2)[0])).toEqual(['gmc_number', '1000006', '1000007']);
  });

  it('refuses the list to another locality: the server says "Not allowed"', async () => {
    await page.goto(`${harness.baseUrl}/localities/YH/not-yet-reached?period=2024-25`);
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await expect(page.getByRole('table').count()).resolves.toBe(0);
  });
});
