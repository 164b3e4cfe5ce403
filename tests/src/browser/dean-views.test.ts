/**
 * The dashboard as a dean walks it (issue 19): England without refusals, locality codes in any
 * case, and the small screen. Screenshots go to tests/artifacts/ for a person to look at.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHarness,
  findAccessibilityViolations,
  saveScreenshot,
  signIn,
  startBrowserHarness,
  TEST_USERS,
} from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

let harness: BrowserHarness;
let page: Page;
const period = `period=${FIXTURE_EXPECTED.period}`;

beforeAll(async () => {
  harness = await startBrowserHarness();
  page = await harness.newPage({ width: 1440, height: 900 });
  await signIn(page, harness.baseUrl, TEST_USERS.deanNE.email);
});
afterAll(async () => {
  await harness?.close();
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
    await saveScreenshot(page, 'dean-england-1440');
    expect(await findAccessibilityViolations(page)).toEqual([]);
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
