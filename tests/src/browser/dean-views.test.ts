/**
 * The dashboard as a dean walks it (issue 19): England without refusals, locality codes in any
 * case, and the small screen. Screenshots go to tests/artifacts/ for a person to look at.
 */

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserHarnessForFile,
  expectAccessible,
  expectHeadlinesInView,
  saveScreenshot,
} from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

const harness = browserHarnessForFile();
let page: Page;
const period = `period=${FIXTURE_EXPECTED.period}`;

beforeAll(async () => {
  page = await harness.signedInPage('deanNE', { width: 1440, height: 900 });
});

describe("a dean's England page", () => {
  it('shows every section, the trend included, and no "Not allowed"', async () => {
    await page.goto(`${harness.baseUrl}/national?${period}`);
    await page.getByRole('heading', { name: 'Headline figures for England' }).waitFor();
    const trendSection = page.getByRole('region', { name: 'Trend over periods' });
    await trendSection.getByRole('button', { name: 'Show numbers as a table' }).click();
    const trend = trendSection.getByRole('table', { name: /over time/ });
    await trend.waitFor();
    // The dean's own locality is exact; the trend names every locality, not just their own.
    await expect(trend.getByRole('rowheader', { name: 'North East', exact: true }).count()).resolves.toBe(1);
    await expect(trend.getByRole('rowheader', { name: 'North West London', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText('Not allowed').count()).resolves.toBe(0);
    await expectAccessible(page, 'dean-england-1440');
  });
});

describe('locality codes in addresses', () => {
  it.each([
    ['/localities/ne', '/localities/NE'],
    ['/offers/ne', '/offers/NE'],
    ['/localities/Ne/reports', '/localities/NE/reports'],
  ])('%s goes to %s, keeping the period', async (typed, canonical) => {
    await page.goto(`${harness.baseUrl}${typed}?${period}`);
    await page.waitForURL(`${harness.baseUrl}${canonical}?${period}`);
    await expect(page.getByRole('heading', { name: 'Page not found' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.not.toBe('');
  });
});

describe('home: waiting for you', () => {
  it('tells a dean a report waits for their decision, and the national team of failed imports', async () => {
    const at = '2025-04-15T09:00:00.000Z';
    const db = harness.database.db;
    const { id } = await db
      .insertInto('progress_reports')
      .values({
        locality_code: 'NE',
        period: '2024-25',
        status: 'submitted',
        narrative: 'Our year.',
        created_at: at,
        updated_at: at,
        submitted_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('imports')
      .values({
        kind: 'placements',
        file_name: 'placements-april.csv',
        checksum: 'x',
        user_id: null,
        started_at: new Date().toISOString(),
        finished_at: null,
        status: 'rejected',
        inserted: 0,
        updated: 0,
        unchanged: 0,
        rejected: 12,
        problems: '[]',
      })
      .execute();
    await page.goto(`${harness.baseUrl}/?${period}`);
    const waiting = page.getByRole('region', { name: 'Waiting for you' });
    await waiting.getByRole('heading', { name: 'Progress reports waiting for your decision' }).waitFor();
    const link = waiting.getByRole('link', { name: 'North East, 2024-25' });
    await expect(link.getAttribute('href')).resolves.toBe(`/localities/NE/reports/${id}?${period}`);
    // A dean is not told about imports: that list is the national team's.
    await expect(waiting.getByText('placements-april.csv').count()).resolves.toBe(0);
    await expectAccessible(page, 'dean-home');

    const national = await harness.signedInPage('national');
    const nationalWaiting = national.getByRole('region', { name: 'Waiting for you' });
    await nationalWaiting.getByRole('heading', { name: 'Imports rejected in the last 30 days' }).waitFor();
    await expect(
      nationalWaiting.getByRole('listitem').filter({ hasText: 'placements-april.csv' }).innerText(),
    ).resolves.toContain('12 rows with problems');
    // The submitted report is the dean's to decide, not the national team's.
    await expect(nationalWaiting.getByText('North East, 2024-25').count()).resolves.toBe(0);
    await national.context().close();
  });
});

describe('the period means something', () => {
  it('lists the offers available in the chosen period, or every offer when asked', async () => {
    // The fixture's cohorts all run in 2024-25: nothing is available in 2023-24.
    await page.goto(`${harness.baseUrl}/offers/NE?period=2023-24`);
    await page.getByRole('status').filter({ hasText: '0 offers match.' }).waitFor();
    await page.getByLabel('Include offers with no cohort in 2023-24').check();
    await page.getByRole('status').filter({ hasText: '3 offers match.' }).waitFor();
    await page.goto(`${harness.baseUrl}/offers/NE?${period}`);
    await page.getByRole('table', { name: 'Offers available in North East, 2024-25' }).waitFor();
    await page.getByRole('status').filter({ hasText: '3 offers match.' }).waitFor();
  });

  it('shows no period selector on pages that do not follow it', async () => {
    await page.goto(`${harness.baseUrl}/trainees/NE?${period}`);
    await page.getByRole('heading', { name: 'Trainees: North East' }).waitFor();
    await expect(page.getByLabel('Period', { exact: true }).count()).resolves.toBe(0);
    await page.goto(`${harness.baseUrl}/localities/NE?${period}`);
    await expect(page.getByLabel('Period', { exact: true }).inputValue()).resolves.toBe('2024-25');
  });
});

describe('on a phone (390 x 844)', () => {
  it.each([
    ['/national', 'Headline figures for England', 'dean-england-390'],
    ['/localities/NE', 'Headline figures', 'dean-locality-390'],
  ])('%s shows its headline figures without sideways scrolling', async (path, heading, screenshot) => {
    const phone = await harness.signedInPage('deanNE', { width: 390, height: 844 });
    await phone.goto(`${harness.baseUrl}${path}?${period}`);
    await phone.getByRole('heading', { name: heading }).waitFor();
    // Wide tables scroll inside their own box; the page itself never does.
    await expectHeadlinesInView(phone, 390);
    await saveScreenshot(phone, screenshot);
    await phone.context().close();
  });
});
