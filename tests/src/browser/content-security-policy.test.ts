/**
 * The built dashboard runs under the server's Content-Security-Policy with no violation: every
 * page with charts, tables and forms is opened by the roles that see them, and the console must
 * hold no CSP error. Also checks that the policy really is enforced in this browser (a probe).
 */
import { describe, expect, it } from 'vitest';
import { browserHarnessForFile } from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

const harness = browserHarnessForFile();

const period = FIXTURE_EXPECTED.period;

describe('Content-Security-Policy', () => {
  it('reports an inline script as a violation (the check below can fail)', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/sign-in`);
    await page.getByLabel('Email address').waitFor();
    const before = harness.cspViolations.length;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => harness.cspViolations.length).toBeGreaterThan(before);
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    harness.cspViolations.length = before;
    await page.context().close();
  });

  it('runs every page of the dashboard with no CSP error in the console', async () => {
    const admin = await harness.signedInPage('admin');
    const pages: [string, string][] = [
      [`/national?period=${period}`, 'England'],
      [`/localities/NE?period=${period}`, 'Headline figures'],
      ['/offers/NE', 'Offers'],
      ['/trainees/NE', 'Trainees'],
      ['/imports/NE', 'Import'],
      ['/self-assessment', 'Self-assessment'],
      ['/localities/NE/plan', 'plan'],
      ['/reports', 'reports'],
      ['/resources', 'Resources'],
      ['/admin/users', 'Users'],
      ['/admin/measures', 'Baselines and targets'],
      ['/admin/audit', 'Audit'],
    ];
    for (const [address, heading] of pages) {
      await admin.goto(`${harness.baseUrl}${address}`);
      await admin
        .getByRole('heading', { name: new RegExp(heading, 'i') })
        .first()
        .waitFor();
      await admin.waitForLoadState('networkidle');
    }
    await admin.context().close();
    expect(harness.cspViolations).toEqual([]);
  });
});
