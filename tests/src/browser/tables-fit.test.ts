/**
 * Tables that fit (issue 19): at 1280 x 800 no table hides columns off its right edge without a
 * cue — it fits its box, or it shows the "more columns" note and shadow; the table of every measure
 * offers its measures in groups, and a group fits. The first column stays in view as a table
 * scrolls. At 390 x 844 a dean's own locality's figures stand above the table of every locality,
 * each in view. axe-core (WCAG 2.2 AA, target size included) on every page.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHarness,
  expectAccessible,
  expectHeadlinesInView,
  findAccessibilityViolations,
  startBrowserHarness,
} from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(async () => {
  await harness?.close();
});

const period = `period=${FIXTURE_EXPECTED.period}`;

interface TableFit {
  caption: string;
  fits: boolean;
  cue: boolean;
  shadow: boolean;
}

/** Each table on the page: does it fit its box, and if not, is the cue shown? */
function tableFits(page: Page): Promise<TableFit[]> {
  return page.locator('.data-table').evaluateAll((tables) =>
    tables.map((table) => {
      const box = table.querySelector('.table-scroll')!;
      const frame = table.querySelector('.table-frame')!;
      return {
        caption: table.querySelector('caption')?.textContent ?? '',
        fits: box.scrollWidth <= box.clientWidth + 1,
        cue: table.querySelector('.table-cue')?.textContent?.startsWith('More columns to the right') ?? false,
        shadow: frame.classList.contains('more-right'),
      };
    }),
  );
}

async function expectNoHiddenColumnsWithoutCue(page: Page) {
  const tables = await tableFits(page);
  expect(tables.length).toBeGreaterThan(0);
  for (const table of tables)
    expect({ ...table, cued: table.fits || (table.cue && table.shadow) }).toMatchObject({ cued: true });
  return tables;
}

describe('at 1280 x 800', () => {
  it.each([
    ['national', '/national', 'Headline figures for England', 'tables-1280-national'],
    ['deanNE', '/localities/NE', 'Headline figures', 'tables-1280-locality'],
    ['deanNE', '/offers/NE', 'Offers', 'tables-1280-offers'],
    ['national', '/self-assessment', 'Self-assessment', 'tables-1280-self-assessment'],
    ['admin', '/admin/users', 'Users', 'tables-1280-users'],
  ] as const)('%s %s: every table fits or says there are more columns', async (user, path, heading, screenshot) => {
    const page = await harness.signedInPage(user, { width: 1280, height: 800 });
    await page.goto(`${harness.baseUrl}${path}?${period}`);
    await page.getByRole('heading', { name: heading }).first().waitFor();
    await page.locator('.data-table table').first().waitFor();
    await page.waitForLoadState('networkidle');
    const tables = await expectNoHiddenColumnsWithoutCue(page);
    expect(tables.length).toBeGreaterThan(0);
    await expectAccessible(page, screenshot);
    await page.context().close();
  });

  it('offers the measures of the table of every locality in groups; a group fits and the locality names stay in view', async () => {
    const page = await harness.signedInPage('national', { width: 1280, height: 800 });
    await page.goto(`${harness.baseUrl}/national?${period}`);
    const table = page.getByRole('table', { name: `Measures by locality, ${FIXTURE_EXPECTED.period}` });
    await table.waitFor();
    const section = page.locator('.data-table').filter({ has: table });
    const header = (name: RegExp) => table.getByRole('columnheader', { name });
    // Every measure at first: wider than the box, so the note and the shadow say there is more.
    await expect(header(/^M1 Access coverage/).count()).resolves.toBe(1);
    await expect(section.locator('.table-cue').innerText()).resolves.toMatch(/^More columns to the right/);
    await expect(section.locator('.table-frame.more-right').count()).resolves.toBe(1);

    // Scrolled sideways, the locality names stay in view (the sticky first column).
    await section.locator('.table-scroll').evaluate((box) => box.scrollBy({ left: 400 }));
    const firstRowHeader = table.getByRole('rowheader').first();
    const scrollBox = await section.locator('.table-scroll').boundingBox();
    await expect.poll(async () => (await firstRowHeader.boundingBox())!.x).toBeLessThanOrEqual(scrollBox!.x + 1);
    await expect(section.locator('.table-frame.more-left').count()).resolves.toBe(1);

    await section.getByRole('radio', { name: 'Uptake and completion (M3–M5)' }).check();
    await expect(header(/^M1 Access coverage/).count()).resolves.toBe(0);
    await expect(header(/^M3 Uptake/).count()).resolves.toBe(1);
    await expect(header(/^Trainees in post/).count()).resolves.toBe(1);
    await expect(table.getByRole('columnheader').count()).resolves.toBe(5);
    await expect.poll(() => section.locator('.table-cue').count()).toBe(0);
    const fit = (await tableFits(page)).find((t) => t.caption.startsWith('Measures by locality'))!;
    expect(fit).toMatchObject({ fits: true, cue: false, shadow: false });
    await expectAccessible(page, 'tables-1280-national-uptake-group');
    await page.context().close();
  });
});

describe('offer places at 1280 x 800', () => {
  it("shows the catalogue's cohorts and places beside the offers' names alone, and then it fits", async () => {
    const page = await harness.signedInPage('deanNE', { width: 1280, height: 800 });
    await page.goto(`${harness.baseUrl}/offers/NE?${period}`);
    const table = page.getByRole('table', { name: `Offers available in North East, ${FIXTURE_EXPECTED.period}` });
    await table.waitFor();
    const section = page.locator('.data-table').filter({ has: table });
    await section.getByRole('radio', { name: 'Cohorts and places' }).check();
    await expect(table.getByRole('columnheader').allInnerTexts()).resolves.toEqual([
      'Offer\u00a0↕',
      'Cohorts\u00a0↕',
      'Places\u00a0↕',
      'Enrolled\u00a0↕',
    ]);
    // NE's own tier-1 cohort: 10 places, 5 enrolled.
    await expect(
      table.getByRole('row').filter({ hasText: 'Clinicians in Management' }).locator('td').allInnerTexts(),
    ).resolves.toEqual(['1', '10', '5']);
    await expect.poll(() => section.locator('.table-cue').count()).toBe(0);
    expect((await tableFits(page))[0]).toMatchObject({ fits: true });
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('at 390 x 844', () => {
  it.each([
    ['/national', 'Headline figures for England', 'tables-390-national'],
    ['/localities/NE', 'Headline figures', 'tables-390-locality'],
  ])(
    '%s: headline figures in view, the page never scrolls sideways, every wider table says so',
    async (path, heading, screenshot) => {
      const phone = await harness.signedInPage('deanNE', { width: 390, height: 844 });
      await phone.goto(`${harness.baseUrl}${path}?${period}`);
      await phone.getByRole('heading', { name: heading }).waitFor();
      await phone.locator('.data-table table').first().waitFor();
      await phone.waitForLoadState('networkidle');
      await expectHeadlinesInView(phone, 390);
      await expectNoHiddenColumnsWithoutCue(phone);
      // The dean's own locality keeps its name in view in every table that lists it.
      const ownRows = await phone
        .getByRole('rowheader', { name: 'North East', exact: true })
        .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
      for (const right of ownRows) expect(right).toBeLessThanOrEqual(390);
      await expectAccessible(phone, screenshot);
      await phone.context().close();
    },
  );

  it("a dean's England page gives their own locality's figures beside England's, every one in view", async () => {
    const phone = await harness.signedInPage('deanNE', { width: 390, height: 844 });
    await phone.goto(`${harness.baseUrl}/national?${period}`);
    const summary = phone.getByRole('region', { name: 'Your locality: North East' });
    await summary.waitFor();
    await phone.waitForLoadState('networkidle');
    const card = (measure: string) => summary.locator(`.headline[data-measure="${measure}"]`);
    // Trainees in post: NE 10 of England's 13 (NE's 10 and YH's 3).
    await expect(summary.locator('.headline').first().innerText()).resolves.toBe('Trainees in post\n10\nEngland: 13');
    // Uptake: NE 5 of 10 = 50.0%, its own exact counts. England's 5 of 13 = 38.5% lies inside NE's 95% Wilson
    // interval (23.7% to 76.3%): similar; England's 5 enrolled are 1 to 7, so even England's figure shows as *.
    await expect(card('M3').innerText()).resolves.toBe(
      'M3 Uptake\n50.0%\n5 of 10\nEngland: *\nfewer than 8 (hidden)\nSimilar to England',
    );
    // Access coverage: every trainee in post reached, in NE and in England.
    await expect(card('M1.1').locator('.headline-value').innerText()).resolves.toBe(FIXTURE_EXPECTED.NE.accessCoverage);
    await expect(card('M1.1').locator('.headline-england').innerText()).resolves.toBe('England: 100.0%');
    // M2 is not judged against England: no words for it.
    await expect(card('M2').locator('.judgement').count()).resolves.toBe(0);

    const figures = summary.locator(
      '.headline-label, .headline-value, .headline-detail, .headline-england, .judgement',
    );
    await expect(figures.count()).resolves.toBeGreaterThan(20);
    for (const box of await figures.evaluateAll((elements) =>
      elements.map((element) => {
        const { left, right } = element.getBoundingClientRect();
        return { text: element.textContent, left, right };
      }),
    )) {
      expect(box.left, box.text!).toBeGreaterThanOrEqual(0);
      expect(box.right, box.text!).toBeLessThanOrEqual(390);
    }
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    // The summary follows the table's confidence level.
    await phone.getByRole('region', { name: 'Localities side by side' }).getByRole('radio', { name: '99.8%' }).check();
    await expect(summary.locator('p').innerText()).resolves.toMatch(/how it compares at 99\.8%\.$/);
    await expectAccessible(phone, 'tables-390-national-own-locality');
    await phone.context().close();
  });

  it('a national user, who has no own locality, is given no such summary', async () => {
    const phone = await harness.signedInPage('national', { width: 390, height: 844 });
    await phone.goto(`${harness.baseUrl}/national?${period}`);
    await phone.getByRole('table', { name: new RegExp(`^Measures by locality, ${FIXTURE_EXPECTED.period}`) }).waitFor();
    await expect(phone.getByRole('heading', { name: /^Your locality/ }).count()).resolves.toBe(0);
    await expect(phone.locator('.own-locality').count()).resolves.toBe(0);
    await phone.context().close();
  });
});
