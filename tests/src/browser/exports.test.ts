/**
 * CSV downloads in headless Chromium, read back from the downloaded file: the catalogue and the
 * trainee list come from the server with disclosure control applied (PRODUCT.md §4: in every
 * export a count from 1 to 7 is `*`, own locality included); an in-page table's CSV hides the same.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserHarnessForFile, saveScreenshot, signIn, TEST_USERS } from '../support/browser-harness';

const harness = browserHarnessForFile();

/** Clicks a download button and returns the file's name and lines (BOM and CRLF removed). */
async function download(page: Page, buttonName: string): Promise<{ fileName: string; lines: string[] }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { fileName: file.suggestedFilename(), lines: text.slice(1).split(/\r?\n/).filter(Boolean) };
}

describe('CSV exports', () => {
  it('downloads the catalogue, an offer’s cohorts and the trainee list with small counts hidden', async () => {
    const page = await harness.newPage();
    await signIn(page, harness.baseUrl, TEST_USERS.deanNE.email);
    await page.goto(`${harness.baseUrl}/offers/NE?period=2024-25`);
    await page.getByRole('status').filter({ hasText: '3 offers match.' }).waitFor();
    // On screen the dean sees NE-T1's own fill of 5; the file hides it.
    await page
      .getByRole('table', { name: 'Offers available in North East' })
      .getByRole('row')
      .filter({ hasText: 'NE-T1' })
      .getByRole('cell', { name: '5', exact: true })
      .waitFor();
    const catalogue = await download(page, 'Download “Offers available in North East, 2024-25” as CSV');
    expect(catalogue.fileName).toBe('offers-NE.csv');
    expect(catalogue.lines).toEqual([
      'code,title,provider,scope,tier,stages,interventions,mode,capacity,cohorts,places,filled',
      expect.stringMatching(/^NE-T1,Clinicians in Management,HEE NE,NE,1,higher,,formal,,1,10,\*$/),
      expect.stringMatching(
        /^NAT-T1,NHS Leadership Academy: Edward Jenner,NHS Leadership Academy,national,1,(foundation;core|core;foundation),,formal,,1,500,0$/,
      ),
      'NE-T2,Leading Improvement in the North East,HEE NE,NE,2,core,,formal,,1,4,0',
    ]);

    await page.goto(`${harness.baseUrl}/offers/NE/NE-T1?period=2024-25`);
    const cohorts = await download(page, 'Download “Cohorts of Clinicians in Management” as CSV');
    expect(cohorts).toEqual({
      fileName: 'cohorts-NE-T1.csv',
      lines: ['Cohort,Start,End,Places,Enrolled or completed,Fill rate', 'NE-T1-2024,2024-09-01,2025-02-28,10,*,*'],
    });

    await page.goto(`${harness.baseUrl}/trainees/NE?period=2024-25`);
    await page.locator('.pager [role="status"]').filter({ hasText: 'of 10 trainees' }).waitFor();
    await page.getByLabel('Search by GMC number, name or organisation').fill('wearside');
    await page.locator('.pager [role="status"]').filter({ hasText: '1 to 4 of 4 trainees' }).waitFor();
    await saveScreenshot(page, 'exports-trainees-filtered');
    const trainees = await download(page, 'Download “Trainees in North East” as CSV');
    expect(trainees.fileName).toBe('trainees-NE.csv');
    // The search applies to the file too: the four fixture trainees at Wearside Practice (no names, so sorted here).
    expect(trainees.lines[0]).toBe(
      'gmc_number,forenames,surname,grade,stage,specialty,organisation_code,organisation,start_date,end_date',
    );
    expect(trainees.lines.slice(1).sort()).toEqual([
      '1000004,,,F2,foundation,Foundation,NE-GP,Wearside Practice,2024-08-07,2025-08-05',
      '1000007,,,GPST1,core,General Medicine,NE-GP,Wearside Practice,2024-08-07,2025-08-05',
      '1000009,,,ST5,higher,General Medicine,NE-GP,Wearside Practice,2024-08-07,2025-08-05',
      '1000010,,,GPST3,higher,General Medicine,NE-GP,Wearside Practice,2024-08-07,2025-08-05',
    ]);
    await page.context().close();
  });
});
