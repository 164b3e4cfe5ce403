/** Locality dashboard in headless Chromium: a dean's own figures, refusal elsewhere, tablet width, axe. */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserHarnessForFile, expectAccessible } from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

const harness = browserHarnessForFile();

const headlineValue = (page: Page, label: string) =>
  page.locator('.headline').filter({ hasText: label }).locator('.headline-value').innerText();

describe('locality dashboard', () => {
  it('shows a dean their own locality unsuppressed, with gaps, status badges and breakdowns', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/localities/NE?period=${FIXTURE_EXPECTED.period}`);
    await page.getByRole('heading', { name: 'Headline figures' }).waitFor();
    const expected = FIXTURE_EXPECTED.NE;
    await expect(headlineValue(page, 'Trainees in post')).resolves.toBe(String(expected.traineesInPost));
    await expect(headlineValue(page, 'M1.2 Access coverage, tier 2')).resolves.toBe(expected.tier2Coverage);
    await expect(headlineValue(page, 'M2 Floor met')).resolves.toBe(expected.floor);
    await expect(headlineValue(page, 'M3 Uptake')).resolves.toBe(expected.uptake);
    await expect(headlineValue(page, 'M6 Workplace standard')).resolves.toBe(expected.workplaceStandard);
    await expect(headlineValue(page, 'M4 Completion rate')).resolves.toBe('no data');
    await expect(page.getByText('3 of 3 stages have a tier-1 offer. The floor is met.').isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('listitem').filter({ hasText: expected.employerBelowStandard }).innerText(),
    ).resolves.toContain('4 trainees in post');

    const progress = page.getByRole('table', { name: /Baseline, latest and target/ });
    const statusOf = (measure: string) =>
      progress.getByRole('row').filter({ hasText: measure }).locator('.status-badge').innerText();
    await expect(statusOf('M3 Uptake')).resolves.toBe(expected.uptakeStatus);
    await expect(statusOf('M1.1 Access coverage, tier 1')).resolves.toBe(expected.floorCoverageStatus);
    await expect(statusOf('M4 Completion rate')).resolves.toBe('no data');

    const byStage = page.getByRole('table', { name: `Measures by stage, ${FIXTURE_EXPECTED.period}` });
    await expect(
      byStage.getByRole('row').filter({ hasText: 'Foundation' }).locator('td').first().innerText(),
    ).resolves.toBe('4');
    await page.getByRole('heading', { name: /over time/ }).waitFor();
    await expectAccessible(page, 'locality-dashboard-dean');
    await page.context().close();
  });

  it('refuses a dean who edits the URL to another locality, with a clear "not allowed" message', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/localities/YH?period=${FIXTURE_EXPECTED.period}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/^Not allowed\s+You can only see your own locality\.$/);
    await expect(page.locator('.headline').count()).resolves.toBe(0);
    await expectAccessible(page, 'locality-dashboard-refused');
    await page.context().close();
  });

  it('shows a national member another locality with small counts hidden, and works at tablet width', async () => {
    const page = await harness.signedInPage('national', { width: 768, height: 1024 });
    await page.goto(`${harness.baseUrl}/localities/YH?period=${FIXTURE_EXPECTED.period}`);
    await page.getByRole('heading', { name: 'Headline figures' }).waitFor();
    await expect(headlineValue(page, 'Trainees in post')).resolves.toMatch(/^\*/);
    await expect(headlineValue(page, 'M2 Floor met')).resolves.toBe(FIXTURE_EXPECTED.YH.floor);
    await expect(page.getByText('2 of 3 stages have a tier-1 offer. Missing for: Higher.').isVisible()).resolves.toBe(
      true,
    );
    const chart = page.getByRole('figure', { name: /by stage$/ });
    await chart.getByRole('button', { name: 'Show numbers as a table' }).click();
    await chart.getByRole('table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await page.getByRole('heading', { name: /over time/ }).waitFor();
    await expectAccessible(page, 'locality-dashboard-tablet');
    await page.context().close();
  });
});
