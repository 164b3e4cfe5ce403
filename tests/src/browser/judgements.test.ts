/**
 * Judgements in headless Chromium (PRODUCT.md §12): SPC charts of a locality and of England, the
 * national table coloured Better / Similar / Worse than England, a locality beside England with
 * the 95% / 99.8% switch — each page axe-clean (WCAG 2.2 AA).
 *
 * On top of the browser fixture, South West (SW) has 100 trainees in post from 2021-22 Q1 to
 * 2024-25 Q4, the first r of them enrolling in each quarter's cohort of a national offer, r by
 * quarter in SW_QUARTERLY — multiples of 10, so a national member sees them unrounded.
 * Worked by hand: x̄ = 2.9 / 16 = 18.125%; moving ranges 10,10,10,10,10,40,40,10,… so
 * mR̄ = 2.10 / 15 = 0.14; process limits 18.125% ± 2.66 × 14% = −19.115% and 55.365%: 2022-23 Q3's
 * 60% is beyond the upper limit (improvement); no run of 6 on one side or 6 rising; the last point
 * has no signal (common cause). SW's M3 target of 60% is above the upper limit: failing.
 *
 * Against England in 2024-25 (Wilson intervals worked in Python from §12.1's formula):
 * - M3 uptake: England 25 / 113 = 22.12% (SW 20, NE 5, YH 0). NE 5 / 10: 95% interval 23.66% to
 *   76.34% → better; 99.8% 15.05% to 84.95% → similar. SW 20 / 100: 13.34% to 28.88% → similar.
 * - M6 workplace standard: England 9 / 113 = 7.96% (NE 6, YH 3, SW 0 — SW-TRUST records no
 *   practices). SW 0 / 100: 95% upper end 3.70% → worse; 99.8% upper end 8.72% → similar.
 * - A national member sees NE's 5 as *: not compared.
 */
import { bumpDataVersion } from '@ldm/db';
import { traineeRow } from '@ldm/db/testing';
import { mustParsePeriod, periodsUpTo } from '@ldm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserHarness,
  expectAccessible,
  findAccessibilityViolations,
  startBrowserHarness,
} from '../support/browser-harness';

const SW_QUARTERLY = [10, 20, 10, 20, 10, 20, 60, 20, 10, 20, 10, 20, 10, 20, 10, 20];
const QUARTERS = periodsUpTo(mustParsePeriod('2024-25 Q4'), 16);

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
  const db = harness.database.db;
  await db
    .insertInto('organisations')
    .values({ code: 'SW-TRUST', name: 'Bristol Hospitals', type: 'trust', locality_code: 'SW' })
    .execute();
  const gmc = (i: number) => String(3_000_000 + i);
  const trainees = Array.from({ length: 100 }, (_, i) => gmc(i));
  await db
    .insertInto('trainees')
    .values(trainees.map((g) => traineeRow(g)))
    .execute();
  await db
    .insertInto('placements')
    .values(
      trainees.map((g) => ({
        placement_id: `P${g}`,
        gmc_number: g,
        organisation_code: 'SW-TRUST',
        programme_code: null,
        grade: 'F1',
        specialty: 'Foundation',
        start_date: '2021-04-01',
        end_date: '2025-03-31',
        wte: 1,
      })),
    )
    .execute();
  await db
    .insertInto('cohorts')
    .values(
      QUARTERS.map((q) => ({
        code: `SPC-${q.label}`,
        offer_code: 'NAT-T1',
        start_date: q.from,
        end_date: q.to,
        places: 500,
      })),
    )
    .execute();
  await db
    .insertInto('participations')
    .values(
      QUARTERS.flatMap((quarter, q) =>
        Array.from({ length: SW_QUARTERLY[q]! }, (_, i) => ({
          gmc_number: gmc(i),
          cohort_code: `SPC-${quarter.label}`,
          status: 'enrolled',
          start_date: quarter.from,
          end_date: null,
        })),
      ),
    )
    .execute();
  await db
    .insertInto('measure_targets')
    .values({
      measure_code: 'M3',
      locality_code: 'SW',
      value: 0.6,
      period: '2025-26',
      set_by: null,
      set_at: new Date().toISOString(),
    })
    .execute();
  await bumpDataVersion(db, 'judgements browser test');
});
afterAll(async () => {
  await harness?.close();
});

describe('SPC charts', () => {
  it('marks a point beyond the process limits, with the variation and assurance icons in words', async () => {
    const page = await harness.signedInPage('national');
    await page.goto(`${harness.baseUrl}/localities/SW?period=2024-25`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: /statistical process control/ }),
    });
    const summary = section.getByRole('table', { name: /Variation and assurance of every measure, South West/ });
    const m3 = summary.getByRole('row').filter({ hasText: 'M3 Uptake' });
    await m3.waitFor();
    await expect(m3.getByRole('img').first().getAttribute('aria-label')).resolves.toBe(
      'Common cause variation — no significant change',
    );
    await expect(m3.getByRole('img').nth(1).getAttribute('aria-label')).resolves.toBe(
      'Consistently failing the target',
    );
    const chart = section.getByRole('img', { name: /^Uptake each quarter/ });
    const label = await chart.getAttribute('aria-label');
    expect(label).toContain('Mean 18.1%; process limits -19.1% to 55.4%.');
    expect(label).toContain('Special-cause points: 2022-23 Q3 60.0% (special cause — improvement).');
    // Drawn as one upward triangle; every other point is a circle.
    await expect(chart.locator('polygon').count()).resolves.toBe(1);
    await expect(
      section
        .getByText(/process limit/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page, 'spc-chart-locality');
    await section.getByRole('button', { name: 'Show numbers as a table' }).click();
    const row = section.getByRole('row').filter({ hasText: '2022-23 Q3' });
    await expect(row.locator('td').allInnerTexts()).resolves.toEqual(['60.0%', 'special cause — improvement']);
    await page.context().close();
  });

  it('draws a run chart, with no limits and a note saying why, below 13 quarters', async () => {
    const page = await harness.signedInPage('national');
    // Up to 2022-23 Q4, SW has 8 quarters with data.
    await page.goto(`${harness.baseUrl}/localities/SW?period=2022-23`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: /statistical process control/ }),
    });
    await section.getByRole('heading', { name: 'M3 Uptake, South West: run chart' }).waitFor();
    await expect(
      section.getByText(/A run chart: fewer than 13 quarters have data, too few for process limits/).isVisible(),
    ).resolves.toBe(true);
    await expect(section.getByText('upper process limit').count()).resolves.toBe(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows England’s chart on the national page', async () => {
    const page = await harness.signedInPage('national');
    await page.goto(`${harness.baseUrl}/national?period=2024-25`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: /statistical process control/ }),
    });
    await section.getByRole('table', { name: /Variation and assurance of every measure, England/ }).waitFor();
    await section.getByRole('heading', { name: 'M3 Uptake, England: SPC chart' }).waitFor();
    await expectAccessible(page, 'spc-chart-england');
    await page.context().close();
  });
});

describe('compared with England', () => {
  it('colours the national table Better / Similar / Worse with a marker and a key, at 95% or 99.8%', async () => {
    const page = await harness.signedInPage('national');
    await page.goto(`${harness.baseUrl}/national?period=2024-25`);
    const table = page.getByRole('table', { name: 'Measures by locality, 2024-25, compared with England at 95%' });
    const cell = (locality: string, measure: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: locality, exact: true }) })
        .locator('td')
        .nth(['trainees', 'M1', 'M1.1', 'M1.2', 'M1.3', 'M2', 'M3', 'M4', 'M5', 'M6'].indexOf(measure));
    await table.waitFor();
    const key = page.getByRole('list', { name: 'Key: compared with England at 95%' });
    await expect(key.getByRole('listitem').allInnerTexts()).resolves.toEqual([
      '▲ Better than England',
      '● Similar to England',
      '▼ Worse than England',
      'Not compared',
    ]);
    await expect(cell('South West', 'M6').textContent()).resolves.toBe('0.0% ▼, worse than England');
    await expect(cell('South West', 'M6').getAttribute('class')).resolves.toContain('judged-worse');
    await expect(cell('South West', 'M6').evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
      'rgb(192, 0, 0)',
    );
    await expect(cell('South West', 'M3').getAttribute('class')).resolves.toContain('judged-similar');
    await expect(cell('South West', 'M3').textContent()).resolves.toBe('20.0% ●, similar to England');
    await expect(cell('North East', 'M3').getAttribute('class')).resolves.toContain('judged-not-compared');
    // M2 is not a proportion measure: never coloured.
    await expect(cell('South West', 'M2').getAttribute('class')).resolves.not.toContain('judged');
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('group', { name: 'Confidence level' }).first().getByLabel('99.8%').check();
    const at998 = page.getByRole('table', { name: 'Measures by locality, 2024-25, compared with England at 99.8%' });
    const sw998 = at998
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'South West', exact: true }) })
      .locator('td')
      .nth(9);
    await expect(sw998.getAttribute('class')).resolves.toContain('judged-similar');
    await expectAccessible(page, 'national-table-coloured');
    await page.context().close();
  });

  it('shows a dean their locality beside England with its interval, switching from 95% to 99.8%', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/localities/NE?period=2024-25`);
    const uptake = (level: string) =>
      page
        .getByRole('table', { name: `North East compared with England at ${level}` })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'M3 Uptake', exact: true }) })
        .locator('td')
        .allInnerTexts();
    await page.getByRole('table', { name: 'North East compared with England at 95%' }).waitFor();
    await expect(uptake('95%')).resolves.toEqual(['50.0%', '23.7% to 76.3%', '22.1%', 'Better']);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('99.8%').check();
    await expect(uptake('99.8%')).resolves.toEqual(['50.0%', '15.1% to 84.9%', '22.1%', 'Similar']);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
