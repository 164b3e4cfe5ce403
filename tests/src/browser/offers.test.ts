/**
 * Offer catalogue in headless Chromium: filters and search on the fixture's three offers, an
 * offer's cohort fill, adding an offer (an invalid field first: message, nothing saved), the
 * national offer read-only in the page and refused by the server, and axe on each page.
 */

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserHarnessForFile, expectAccessible, findAccessibilityViolations } from '../support/browser-harness';

const harness = browserHarnessForFile();

const CATALOGUE = 'Offers available in North East';

/** The offer titles in the catalogue table, in the order shown (tier, then title). */
async function catalogueTitles(page: Page, expectedCount: number): Promise<string[]> {
  await page
    .getByRole('status')
    .filter({ hasText: expectedCount === 1 ? '1 offer matches.' : `${expectedCount} offers match.` })
    .waitFor();
  return page.getByRole('table', { name: CATALOGUE }).locator('tbody tr th').allInnerTexts();
}

const offerCount = async () => (await harness.database.db.selectFrom('offers').select('code').execute()).length;

describe('offer catalogue', () => {
  it('lists own and national offers and filters them by tier, stage and search', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/offers/NE?period=2024-25`);
    await expect(catalogueTitles(page, 3)).resolves.toEqual([
      'Clinicians in Management',
      'NHS Leadership Academy: Edward Jenner',
      'Leading Improvement in the North East',
    ]);
    const jenner = page.getByRole('table', { name: CATALOGUE }).getByRole('row').filter({ hasText: 'Edward Jenner' });
    await expect(jenner.locator('td').allInnerTexts()).resolves.toEqual([
      'NAT-T1',
      'NHS Leadership Academy',
      'National',
      '1',
      'Foundation, Core',
      'Formal (10)',
      '1',
      '500',
      '0',
    ]);
    await expectAccessible(page, 'offers-catalogue');

    await page.getByLabel('Tier').selectOption('2');
    await expect(catalogueTitles(page, 1)).resolves.toEqual(['Leading Improvement in the North East']);
    await page.getByLabel('Tier').selectOption('');
    await page.getByLabel('Stage').selectOption('higher');
    await expect(catalogueTitles(page, 1)).resolves.toEqual(['Clinicians in Management']);
    await page.getByLabel('Stage').selectOption('');
    await page.getByLabel('Search').fill('jenner');
    await expect(catalogueTitles(page, 1)).resolves.toEqual(['NHS Leadership Academy: Edward Jenner']);
    await page.getByLabel('Learning mode (70:20:10)').selectOption('work');
    await expect(catalogueTitles(page, 0)).resolves.toEqual([]);
    await page.context().close();
  });

  it('adds an offer: an invalid web address is explained and nothing is saved, then the corrected offer is saved', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/offers/NE?period=2024-25`);
    await page.getByRole('button', { name: 'Add an offer' }).click();
    const form = page.getByRole('form', { name: 'Add an offer' });
    await form.getByLabel('Code').fill('NE-NIGHT');
    await form.getByLabel('Title').fill('Leadership night school');
    await form.getByLabel('Provider', { exact: true }).fill('HEE North East');
    await form.getByLabel('Tier').selectOption('2');
    await form.getByRole('checkbox', { name: 'Foundation' }).check();
    await form.getByRole('checkbox', { name: 'Core' }).check();
    await form.getByLabel('Web address (optional)').fill('night-school');
    await form.getByRole('button', { name: 'Add offer' }).click();
    await expect(form.locator('#field-url-error').innerText()).resolves.toBe(
      'Give a full web address starting http:// or https://, or mailto: and an email address.',
    );
    await expect(form.getByLabel('Web address (optional)').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.getByRole('alert').innerText()).resolves.toContain(
      'Web address: Give a full web address starting http:// or https://, or mailto: and an email address.',
    );
    await expectAccessible(page, 'offers-add-invalid');
    expect(await offerCount()).toBe(3);

    await form.getByLabel('Web address (optional)').fill('https://example.nhs.uk/night-school');
    await form.getByRole('button', { name: 'Add offer' }).click();
    await page.getByRole('heading', { name: 'Leadership night school', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/offers/NE/NE-NIGHT');
    const saved = await harness.database.db
      .selectFrom('offers')
      .select(['scope_locality_code', 'tier', 'url'])
      .where('code', '=', 'NE-NIGHT')
      .executeTakeFirstOrThrow();
    expect(saved).toEqual({ scope_locality_code: 'NE', tier: 2, url: 'https://example.nhs.uk/night-school' });
    await page.context().close();
  });

  it("shows an offer's cohorts with places, enrolled and fill rate, and keeps national offers read-only", async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/offers/NE/NE-T1?period=2024-25`);
    const cohorts = page.getByRole('table', { name: 'Cohorts of Clinicians in Management' });
    // NE-T1-2024: 10 places, 5 fixture trainees enrolled → 50.0%.
    const cohortRow = cohorts.getByRole('row').filter({ hasText: 'NE-T1-2024' });
    await cohortRow.waitFor();
    await expect(cohortRow.locator('td').allTextContents()).resolves.toEqual([
      '2024-09-01',
      '2025-02-28',
      '10',
      '5',
      '50.0%',
      'Edit cohort NE-T1-2024',
    ]);
    await expect(page.getByRole('button', { name: 'Edit this offer' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'offers-offer');

    await page.getByRole('button', { name: 'Add a cohort' }).click();
    const form = page.getByRole('form', { name: 'Add a cohort' });
    await form.getByLabel('Cohort code').fill('NE-T1-2025');
    await form.getByLabel('Start date').fill('2025-09-01');
    await form.getByLabel('End date').fill('2025-03-01');
    await form.getByLabel('Places').fill('12');
    await form.getByRole('button', { name: 'Add cohort' }).click();
    await expect(form.locator('#field-endDate-error').innerText()).resolves.toBe(
      'The end date is before the start date.',
    );
    expect((await harness.database.db.selectFrom('cohorts').select('code').execute()).length).toBe(3);
    await form.getByLabel('End date').fill('2026-02-28');
    await form.getByRole('button', { name: 'Add cohort' }).click();
    const added = cohorts.getByRole('row').filter({ hasText: 'NE-T1-2025' });
    await added.waitFor();
    await expect(added.locator('td').allTextContents()).resolves.toEqual([
      '2025-09-01',
      '2026-02-28',
      '12',
      '0',
      '0.0%',
      'Edit cohort NE-T1-2025',
    ]);

    await page.getByRole('button', { name: 'Edit this offer' }).click();
    const edit = page.getByRole('form', { name: 'Edit offer NE-T1' });
    await edit.getByLabel('Capacity per year (optional)').fill('0');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit.locator('#field-capacity-error').innerText()).resolves.toBe(
      'Capacity is at least 1, or leave it empty.',
    );
    await edit.getByLabel('Capacity per year (optional)').fill('12');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Edit this offer' }).waitFor();
    await expect(
      page.locator('.summary-list div').filter({ hasText: 'Capacity per year' }).locator('dd').innerText(),
    ).resolves.toBe('12');
    const edited = await harness.database.db
      .selectFrom('offers')
      .select(['capacity', 'title'])
      .where('code', '=', 'NE-T1')
      .executeTakeFirstOrThrow();
    expect(edited).toEqual({ capacity: 12, title: 'Clinicians in Management' });

    await page.goto(`${harness.baseUrl}/offers/NE/NAT-T1?period=2024-25`);
    await page.getByText('A national offer: read-only for locality users.').waitFor();
    await expect(page.getByRole('button', { name: 'Edit this offer' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Add a cohort' }).count()).resolves.toBe(0);
    // Hidden is not enough: the server refuses the change when sent by hand.
    const status = await page.evaluate(async () => {
      const offer = {
        code: 'NAT-T1',
        title: 'Renamed',
        provider: 'Someone',
        scope: 'national',
        tier: 1,
        stages: ['core'],
      };
      const response = await fetch('/trpc/offer.update', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ localityCode: 'NE', offer }),
      });
      return response.status;
    });
    expect(status).toBe(403);
    const national = await harness.database.db
      .selectFrom('offers')
      .select('title')
      .where('code', '=', 'NAT-T1')
      .executeTakeFirstOrThrow();
    expect(national.title).toBe('NHS Leadership Academy: Edward Jenner');
    await page.context().close();
  });

  it('lets a national member choose a locality and read its catalogue, with small fills hidden and nothing to add', async () => {
    const page = await harness.signedInPage('national');
    // The catalogue lists offers available in the chosen period: the fixture's cohorts run in 2024-25.
    await page.goto(`${harness.baseUrl}/?period=2024-25`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Offer catalogue' }).click();
    // Wait for the catalogue's own locality picker.
    await page.waitForURL(/\/offers/);
    await page.getByRole('combobox', { name: 'Locality', exact: true }).selectOption('NE');
    await page.waitForURL(/\/offers\/NE/);
    // NE-T1's fill of 5 is 1–7 outside the member's own locality (they have none): shown as *.
    const row = page.getByRole('table', { name: CATALOGUE }).getByRole('row').filter({ hasText: 'NE-T1' });
    await row.waitFor();
    await expect(row.locator('td').last().textContent()).resolves.toBe('* fewer than 8 (hidden)');
    await expect(page.getByRole('button', { name: 'Add an offer' }).count()).resolves.toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
