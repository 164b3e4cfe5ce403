/** National overview in headless Chromium: figures for the fixture, charts with tables, accessibility. */

import { getMeasuresForPeriod } from '@ldm/server/measure/service';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserHarnessForFile, expectAccessible } from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

const harness = browserHarnessForFile();
let page: Page;

beforeAll(async () => {
  page = await harness.signedInPage('national');
  await page.goto(`${harness.baseUrl}/national?period=${FIXTURE_EXPECTED.period}`);
  await page.getByRole('heading', { name: 'Headline figures for England' }).waitFor();
});

/** The cells of the row headed `label` in the table captioned `caption`. */
async function rowCells(caption: string | RegExp, label: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: caption })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  // A suppressed cell reads "*" plus its explanation for screen readers; keep just the "*". A cell
  // judged against England ends with its marker and words (tests/src/browser/judgements checks them).
  return (await row.locator('th, td').allInnerTexts()).map((text) =>
    text
      .replace(/\*\s*fewer than 8 \(hidden\)/, '*')
      .replace(/\s*[▲●▼]?\s*, (better than England|similar to England|worse than England|not compared)$/, '')
      .trim(),
  );
}

describe('national overview', () => {
  it('agrees with the measures service and the hand-checked fixture', async () => {
    const service = await getMeasuresForPeriod(harness.database.db, FIXTURE_EXPECTED.period);
    const northEast = service.localities.find((l) => l.code === 'NE')!;
    expect(northEast.traineesInPost).toBe(FIXTURE_EXPECTED.NE.traineesInPost);
    const cells = await rowCells(`Measures by locality, ${FIXTURE_EXPECTED.period}`, 'North East');
    // Locality, trainees, M1, M1.1, M1.2, M1.3, M2, M3 …
    // A national member has no own locality: NE's 3 trainees with a tier-2 offer and 5 taking part are hidden.
    expect(cells.slice(0, 8)).toEqual([
      'North East',
      '10',
      '100.0%',
      '100.0%',
      '*',
      '0.0%',
      FIXTURE_EXPECTED.NE.floor,
      '*',
    ]);
    // M4 (nothing ended), M5 (5 of 14 places) and M6 (6 of 10) hidden too; M7 and M8 have no data.
    expect(cells.slice(8)).toEqual(['no data', '*', '*', 'no data', 'no data']);
    const headline = page.locator('.headline').filter({ hasText: 'Trainees in post' });
    await expect(headline.locator('.headline-value').innerText()).resolves.toBe(
      String(FIXTURE_EXPECTED.NE.traineesInPost + FIXTURE_EXPECTED.YH.traineesInPost),
    );
  });

  it('hides small counts outside the user’s locality as * and says "no data" rather than 0%', async () => {
    const yorkshire = await rowCells(`Measures by locality, ${FIXTURE_EXPECTED.period}`, 'Yorkshire and the Humber');
    expect(yorkshire.slice(1, 3)).toEqual(['*', '*']);
    const hiddenCell = page
      .getByRole('table', { name: `Measures by locality, ${FIXTURE_EXPECTED.period}` })
      .locator('.suppressed')
      .first();
    await expect(hiddenCell.getAttribute('title')).resolves.toBe('fewer than 8 (hidden)');
    expect(yorkshire[6]).toBe(FIXTURE_EXPECTED.YH.floor);
    const wessex = await rowCells(`Measures by locality, ${FIXTURE_EXPECTED.period}`, 'Wessex');
    expect(wessex.slice(1, 3)).toEqual(['0', 'no data']);
    await expect(
      page.getByText('counts outside your locality are rounded to the nearest 5; 1 to 7 are shown as *').isVisible(),
    ).resolves.toBe(true);
  });

  it('switches to the seven regions, pooling their localities', async () => {
    await page.getByLabel('the 7 regions').check();
    const region = await rowCells(`Measures by region, ${FIXTURE_EXPECTED.period}`, 'North East and Yorkshire');
    // 13 trainees is a count below England level: rounded to the nearest 5 for a national member.
    expect(region[1]).toBe('15');
    expect(
      await page
        .getByRole('table', { name: `Measures by region, ${FIXTURE_EXPECTED.period}` })
        .locator('tbody tr')
        .count(),
    ).toBe(7);
    await page.getByLabel('the 13 localities').check();
  });

  it('shows each funnel plot’s numbers as a table, the coverage grid and every locality’s report status', async () => {
    const funnel = page.getByRole('figure', { name: 'M1 Access coverage: funnel plot' });
    await funnel.getByRole('button', { name: 'Show numbers as a table' }).click();
    const funnelRow = await rowCells('M1 Access coverage: funnel plot', 'North East');
    expect(funnelRow.slice(1, 4)).toEqual(['10', '10', '100.0%']);
    await expect(
      page
        .getByText(`${FIXTURE_EXPECTED.localitiesWithFloor} of 13 localities have a tier-1 offer at all three stages.`)
        .isVisible(),
    ).resolves.toBe(true);
    const grid = await rowCells(/Offers available by stage and tier/, 'Yorkshire and the Humber');
    expect(grid[3]).toBe('none — no tier-1 offer');
    expect(
      await page
        .getByRole('table', { name: /Progress-report status/ })
        .locator('tbody tr')
        .count(),
    ).toBe(13);
    await page.getByRole('heading', { name: /over time/ }).waitFor();
  });

  it('has no accessibility violations (WCAG 2.2 AA) at 1280 px', async () => {
    await expectAccessible(page, 'national-overview');
  });

  it('opens a locality’s dashboard from the comparison table, keeping the period', async () => {
    await page
      .getByRole('table', { name: `Measures by locality, ${FIXTURE_EXPECTED.period}` })
      .getByRole('link', { name: 'North East' })
      .click();
    await page.getByRole('heading', { name: `North East, ${FIXTURE_EXPECTED.period}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/localities/NE');
  });
});
