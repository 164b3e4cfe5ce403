/** Sign-in and role landing, in headless Chromium against the real server. */
import { describe, expect, it } from 'vitest';
import { browserHarnessForFile, expectAccessible, TEST_USERS } from '../support/browser-harness';

const harness = browserHarnessForFile();

describe('sign-in page', () => {
  it('sends a signed-out visitor to sign-in, explains a wrong password, and has no accessibility violations', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.baseUrl}/national?period=2024-25`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel('Email address').fill(TEST_USERS.national.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The email or password is not right.');
    await expectAccessible(page, 'sign-in');
    await page.context().close();
  });

  it('lands everyone on home, which leads a dean to their own locality and a national member to England, keeping the period', async () => {
    const dean = await harness.signedInPage('deanNE');
    expect(new URL(dean.url()).pathname).toBe('/');
    await dean.getByRole('heading', { name: 'Waiting for you' }).waitFor();
    await dean.getByRole('link', { name: 'Open the North East dashboard' }).click();
    await dean.waitForURL(/\/localities\/NE$/);
    await dean.context().close();

    const national = await harness.newPage();
    await national.goto(`${harness.baseUrl}/?period=2023-24 Q2`);
    await national.waitForURL(/\/sign-in/);
    await national.getByLabel('Email address').fill(TEST_USERS.national.email);
    await national.getByLabel('Password').fill('correct horse battery staple');
    await national.getByRole('button', { name: 'Sign in' }).click();
    await national.getByRole('link', { name: 'Open the England overview' }).click();
    await national.waitForURL(/\/national/);
    expect(new URL(national.url()).searchParams.get('period')).toBe('2023-24 Q2');
    await expect(national.getByLabel('Period', { exact: true }).inputValue()).resolves.toBe('2023-24 Q2');
    // Choosing a period puts it in the URL, so the view can be bookmarked and shared.
    await national.getByLabel('Period', { exact: true }).selectOption('2024-25 Q3');
    await national.getByRole('heading', { name: 'England, 2024-25 Q3' }).waitFor();
    expect(new URL(national.url()).searchParams.get('period')).toBe('2024-25 Q3');
    // The picker lists every selectable year until the data's span arrives (slower on PostgreSQL): poll for it.
    await expect
      .poll(() =>
        national
          .getByLabel('Period', { exact: true })
          .locator('optgroup')
          .evaluateAll((groups) => groups.map((g) => g.getAttribute('label'))),
      )
      .toEqual(['Financial year 2025-26', 'Financial year 2024-25']);
    await national.getByRole('button', { name: 'Sign out' }).click();
    await national.waitForURL(/\/sign-in/);
    await national.context().close();
  });

  it('sends a user whose session ended mid-visit back to sign-in, to return to the same view', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.getByRole('link', { name: 'My locality' }).click();
    await page.getByRole('heading', { name: 'Headline figures' }).waitFor();
    // End the session only once the page has finished loading: a query still in flight would otherwise meet the
    // ended session first and send the user to sign-in from the view before the period was chosen.
    await page.waitForLoadState('networkidle');
    await harness.database.db.deleteFrom('sessions').execute();
    await page.getByLabel('Period', { exact: true }).selectOption('2024-25 Q1');
    await page.waitForURL(/\/sign-in\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/localities/NE?period=2024-25+Q1');
    await page.context().close();
  });
});
