/** A large import file shows the server's progress while it is checked (rows read and a progress bar). */
import { describe, expect, it } from 'vitest';
import { browserHarnessForFile, saveScreenshot } from '../support/browser-harness';

const harness = browserHarnessForFile();

/** 200,000 new trainees: long enough to check that the server reports progress several times. */
const ROWS = 200_000;
const BIG_FILE = `${[
  'gmc_number,forenames,surname,sex,ethnic_group,qualification',
  ...Array.from({ length: ROWS }, (_, i) => `${5000000 + i},Pat,Row${i},,,`),
].join('\n')}\n`;

describe('data imports, large file', () => {
  it('shows progress while checking, then the counts', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/imports/NE`);
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(BIG_FILE) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page
      .locator('label[for="import-progress-bar"]')
      .filter({ hasText: /^(Checking|Comparing with the data held): [\d,]+ rows read$/ })
      .waitFor();
    await saveScreenshot(page, 'imports-progress');
    await page
      .getByText(`Importing its 200,000 rows would give: 200,000 added, 0 updated, 0 unchanged.`)
      .waitFor({ timeout: 60_000 });
    expect(
      await harness.database.db
        .selectFrom('trainees')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ).toEqual({ n: 13 });
    await page.context().close();
  });
});
