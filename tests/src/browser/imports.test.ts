/**
 * Data imports in headless Chromium: a trainees file with two problems (both listed, nothing
 * changed, recorded as rejected with its problems), then a clean file (1 added, 1 updated,
 * committed, history updated), then the same file again (would change nothing); axe on the page.
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserHarnessForFile,
  expectAccessible,
  findAccessibilityViolations,
  saveScreenshot,
} from '../support/browser-harness';

const harness = browserHarnessForFile();

const HEADER = 'gmc_number,forenames,surname,sex,ethnic_group,qualification';
/** Line 2: a GMC number of 3 digits; line 4: a qualification outside uk / international. */
const FILE_WITH_PROBLEMS = `${[HEADER, '123,Ann,Lee,,,', '1000099,Bob,Smith,male,white,uk', '1000098,Cal,Jones,,,abroad'].join('\n')}\n`;
/** 1000099 is new; 1000001 (fixture, no names) gains names: 1 added, 1 updated. */
const CLEAN_FILE = `${[HEADER, '1000099,Bob,Smith,male,white,uk', '1000001,Ann,Lee,,,'].join('\n')}\n`;

const traineeCount = async () =>
  (await harness.database.db.selectFrom('trainees').select('gmc_number').execute()).length;

async function checkFile(page: Page, name: string, content: string) {
  await page.getByLabel('Kind of file').selectOption('trainees');
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

const historyRows = (page: Page) => page.getByRole('table', { name: 'Imports, newest first' }).locator('tbody tr');

describe('data imports', () => {
  it('lists every problem of a bad file and saves nothing, then commits a clean file once', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/imports/NE?period=2024-25`);
    await page.getByText('No imports yet.').waitFor();

    await checkFile(page, 'trainees-bad.csv', FILE_WITH_PROBLEMS);
    await page.getByRole('heading', { name: '2 problems in trainees-bad.csv. Nothing has been saved.' }).waitFor();
    const problems = page.getByRole('table', { name: 'Problems in trainees-bad.csv' }).locator('tbody tr');
    const cells = async (index: number) => (await problems.nth(index).locator('th, td').allInnerTexts()).slice(0, 3);
    await expect(problems.count()).resolves.toBe(2);
    await expect(cells(0)).resolves.toEqual(['2', 'gmc_number', '123']);
    await expect(cells(1)).resolves.toEqual(['4', 'qualification', 'abroad']);
    expect(await traineeCount()).toBe(13);
    await historyRows(page).first().waitFor();
    await expect(historyRows(page).first().locator('th, td').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
      'Dev Dean',
      'Trainees',
      'trainees-bad.csv',
      expect.stringMatching(/^[0-9a-f]{12}…$/),
      '0',
      '0',
      '0',
      '2',
      'rejected',
      expect.stringMatching(/^Problems of import \d+Original file of import \d+$/),
    ]);
    await expectAccessible(page, 'imports-problems');

    await checkFile(page, 'trainees.csv', CLEAN_FILE);
    await page.getByRole('heading', { name: 'trainees.csv has no problems.' }).waitFor();
    await page.getByText('Importing its 2 rows would give: 1 added, 1 updated, 0 unchanged.').waitFor();
    expect(await traineeCount()).toBe(13);
    await page.getByRole('button', { name: 'Import trainees.csv' }).click();
    await page.getByRole('heading', { name: 'Imported trainees.csv.' }).waitFor();
    expect(await traineeCount()).toBe(14);
    const renamed = await harness.database.db
      .selectFrom('trainees')
      .select(['forenames', 'surname'])
      .where('gmc_number', '=', '1000001')
      .executeTakeFirstOrThrow();
    expect(renamed).toEqual({ forenames: 'Ann', surname: 'Lee' });
    await historyRows(page).nth(1).waitFor();
    await expect(historyRows(page).first().locator('th, td').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/UTC$/),
      'Dev Dean',
      'Trainees',
      'trainees.csv',
      expect.stringMatching(/…$/),
      '1',
      '1',
      '0',
      '0',
      'applied',
      expect.stringMatching(/^Changes of import \d+Revert of import \d+Original file of import \d+$/),
    ]);

    await checkFile(page, 'trainees.csv', CLEAN_FILE);
    await page
      .getByText('Importing it would change nothing: all 2 rows are already held exactly as in the file.')
      .waitFor();
    await saveScreenshot(page, 'imports-unchanged');

    await historyRows(page)
      .nth(1)
      .getByRole('button', { name: /^Problems of import/ })
      .click();
    const recorded = page.getByRole('table', { name: /^Problems of trainees-bad.csv/ }).locator('tbody tr th');
    await recorded.first().waitFor();
    await expect(recorded.allInnerTexts()).resolves.toEqual(['2', '4']);

    // The applied import, row by row, then reverted: the data is as before it.
    await historyRows(page)
      .first()
      .getByRole('button', { name: /^Changes of import/ })
      .click();
    const changes = page.getByRole('table', { name: /^Changes of import \d+ \(trainees.csv\)/ }).locator('tbody tr');
    await changes.first().waitFor();
    await expect(changes.count()).resolves.toBe(2);
    await expect(changes.nth(0).locator('th, td').allInnerTexts()).resolves.toEqual([
      '1000099',
      'inserted',
      'gmc_number: 1000099; forenames: Bob; surname: Smith; sex: male; ethnic_group: white; qualification: uk',
    ]);
    await expect(changes.nth(1).locator('th, td').allInnerTexts()).resolves.toEqual([
      '1000001',
      'updated',
      'forenames: (empty) → Ann; surname: (empty) → Lee',
    ]);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await historyRows(page)
      .first()
      .getByRole('button', { name: /^Revert of import/ })
      .click();
    await page.getByRole('button', { name: /^Revert import \d+$/ }).click();
    await page.getByText(/was reverted: 1 rows removed, 1 rows put back as they were/).waitFor();
    expect(await traineeCount()).toBe(13);
    await page.context().close();
  });
});
