/**
 * CSV downloads in headless Chromium, read back from the downloaded file: the catalogue and the
 * trainee list come from the server with disclosure control applied (PRODUCT.md §4: in every
 * export a count from 1 to 7 is `*`, own locality included); an in-page table's CSV hides the same.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserHarnessForFile, saveScreenshot } from '../support/browser-harness';

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
    const page = await harness.signedInPage('deanNE');
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

  it('downloads measure tables as data from the server, and the open-data file for a national user only', async () => {
    const header = (areaColumns: string) =>
      `period,period_type,period_from,period_to,${areaColumns},trainees_in_post,measure,measure_name,counts_rounded,numerator,denominator,value,ci95_lower,ci95_upper,ci998_lower,ci998_upper`;
    const dean = await harness.signedInPage('deanNE');
    await dean.goto(`${harness.baseUrl}/localities/NE?period=2024-25`);
    const locality = await download(dean, 'Download “North East compared with England at 95%” as CSV');
    expect(locality.fileName).toBe('measures-NE-2024-25.csv');
    expect(locality.lines[0]).toBe(
      `${header('area_type,area_code,area_name')},england_value,vs_england_95,vs_england_998`,
    );
    // England's 11 measures, then North East's, as numbers: no "%" and no "of" anywhere.
    expect(locality.lines.slice(1).map((line) => line.split(',')[5])).toEqual([
      ...Array(11).fill('ENG'),
      ...Array(11).fill('NE'),
    ]);
    expect(locality.lines.join('\n')).not.toMatch(/%| of /);
    const breakdown = await download(dean, 'Download “Measures by stage, 2024-25” as CSV');
    expect(breakdown.fileName).toBe('measures-NE-by-stage-2024-25.csv');
    expect(breakdown.lines[0]).toBe(header('locality_code,breakdown,group'));
    await expect(dean.getByRole('heading', { name: 'Open data' }).count()).resolves.toBe(0);
    await dean.goto(`${harness.baseUrl}/national?period=2024-25`);
    await dean.getByRole('heading', { name: 'Localities side by side' }).waitFor();
    await expect(dean.getByRole('button', { name: /open-data file/ }).count()).resolves.toBe(0);
    await dean.context().close();

    const national = await harness.signedInPage('national');
    await national.goto(`${harness.baseUrl}/national?period=2024-25`);
    const measures = await download(
      national,
      'Download “Measures by locality, 2024-25, compared with England at 95%” as CSV',
    );
    expect(measures.fileName).toBe('measures-2024-25.csv');
    expect(measures.lines).toHaveLength(1 + 21 * 11);
    const openData = await download(national, 'Download the open-data file (CSV)');
    expect(openData.fileName).toBe('leadership-development-open-data.csv');
    expect(openData.lines[0]).toBe(measures.lines[0]);
    expect(openData.lines).toEqual(expect.arrayContaining(measures.lines.slice(1)));
    await national.context().close();
  }, 120_000);

  it("downloads a dean's own progress table as data under the export rule", async () => {
    const dean = await harness.signedInPage('deanNE');
    await dean.goto(`${harness.baseUrl}/localities/NE?period=2024-25`);
    const progress = await download(dean, 'Download “Baseline, latest and target, 2024-25” as CSV');
    expect(progress.fileName).toBe('progress-NE-2024-25.csv');
    const figures = 'counts_rounded,numerator,denominator,value,ci95_lower,ci95_upper,ci998_lower,ci998_upper';
    const baselineFigures = figures.replaceAll(/(^|,)/g, '$1baseline_');
    expect(progress.lines[0]).toBe(
      `period,locality_code,measure,${figures},baseline_period,${baselineFigures},target_period,target_value,status`,
    );
    const row = (code: string) => progress.lines.find((line) => line.startsWith(`2024-25,NE,${code},`));
    // Uptake 5 of 10 on the dean's screen (50.0%), baseline 2 of 10: both counts hidden in the file.
    expect(row('M3')).toBe('2024-25,NE,M3,yes,*,10,*,,,,,2023-24,yes,*,10,*,,,,,2025-26,0.6,improving');
    // Floor coverage 10 of 10, no baseline; Wilson limits of 10/10 worked by hand.
    expect(row('M1.1')).toBe(
      [
        '2024-25',
        'NE',
        'M1.1',
        'yes',
        10,
        10,
        1,
        0.722467,
        1,
        0.511521,
        1,
        ...Array(9).fill(''),
        '2025-26',
        1,
        'met',
      ].join(','),
    );
    expect(progress.lines).toHaveLength(1 + 11);
    expect(progress.lines.join('\n')).not.toMatch(/%| of /);

    // The England page's trend: England's row first for each of 5 years, then 13 localities × 5 years.
    await dean.goto(`${harness.baseUrl}/national?period=2024-25`);
    const trendSection = dean.getByRole('region', { name: 'Trend over periods' });
    await trendSection.getByRole('button', { name: 'Show numbers as a table' }).click();
    const trend = await download(dean, 'Download “M3 Uptake over time” as CSV');
    expect(trend.fileName).toBe('trend-M3-2024-25.csv');
    expect(trend.lines[0]).toBe(`period,area_code,area_name,measure,${figures}`);
    expect(trend.lines.slice(1, 6).map((line) => line.split(',')[1])).toEqual(Array(5).fill('ENG'));
    expect(trend.lines).toHaveLength(1 + 5 + 13 * 5);
    // England's 5 of 13 is hidden, and its 13 rounded to 15: a quarter of 2024-25 hides a count.
    expect(trend.lines).toContain('2024-25,ENG,England,M3,yes,*,15,*,,,,');
    // The dean's own 5 of 10, exact on screen, is hidden in the file.
    expect(trend.lines).toContain('2024-25,NE,North East,M3,yes,*,10,*,,,,');
    await dean.context().close();
  }, 60_000);
});
