/**
 * Trainees in headless Chromium: the server-paged, server-sorted table over 70 North East trainees
 * (the fixture's 10 plus 60 added here), a trainee's page, refusal for the national role, and axe.
 */

import { bumpDataVersion } from '@ldm/db';
import { placementRow, seedRows, traineeRow } from '@ldm/db/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserHarnessForFile, expectAccessible } from '../support/browser-harness';

const harness = browserHarnessForFile();

/** 3000001 … 3000060, all at NE-TRUST: with the fixture's 1000001 … 1000010, 70 NE trainees. */
const EXTRA = Array.from({ length: 60 }, (_, i) => String(3000001 + i));

beforeAll(async () => {
  const db = harness.database.db;
  await seedRows(db, {
    trainees: EXTRA.map((gmc, i) =>
      traineeRow(gmc, { forenames: 'Sam', surname: `Extra${String(i).padStart(2, '0')}` }),
    ),
    placements: EXTRA.map((gmc) => placementRow(gmc, 'NE-TRUST', 'CT2', { specialty: 'Psychiatry', wte: 0.8 })),
  });
  await bumpDataVersion(db, 'trainees browser test');
});

const TABLE = 'Trainees in North East';
const firstColumn = (page: Page) => page.getByRole('table', { name: TABLE }).locator('tbody tr th').allInnerTexts();

async function waitForStatus(page: Page, text: string) {
  await page.locator('.pager [role="status"]').filter({ hasText: text }).waitFor();
}

describe('trainees', () => {
  it('pages and sorts on the server, and opens a trainee with placements, home placements and participations', async () => {
    const page = await harness.signedInPage('deanNE');
    await page.goto(`${harness.baseUrl}/trainees/NE?period=2024-25`);
    await waitForStatus(page, '1 to 50 of 70 trainees, page 1 of 2');

    await page.getByRole('button', { name: /^GMC number/ }).click();
    await page
      .getByRole('columnheader', { name: /GMC number/ })
      .and(page.locator('[aria-sort="ascending"]'))
      .waitFor();
    await page
      .getByRole('table', { name: TABLE })
      .locator('tbody tr th')
      .first()
      .filter({ hasText: '1000001' })
      .waitFor();
    const ascending = await firstColumn(page);
    expect(ascending).toHaveLength(50);
    expect(ascending.slice(0, 11)).toEqual([...Array.from({ length: 10 }, (_, i) => String(1000001 + i)), '3000001']);
    expect(ascending[49]).toBe('3000040');
    await expectAccessible(page, 'trainees-list');

    await page.getByRole('button', { name: 'Next page' }).click();
    await waitForStatus(page, '51 to 70 of 70 trainees, page 2 of 2');
    await expect(firstColumn(page)).resolves.toEqual(Array.from({ length: 20 }, (_, i) => String(3000041 + i)));
    await expect(page.getByRole('button', { name: 'Next page' }).isDisabled()).resolves.toBe(true);

    // A new sort goes back to the first page.
    await page.getByRole('button', { name: /^GMC number/ }).click();
    await waitForStatus(page, '1 to 50 of 70 trainees, page 1 of 2');
    await page
      .getByRole('table', { name: TABLE })
      .locator('tbody tr th')
      .first()
      .filter({ hasText: '3000060' })
      .waitFor();
    await expect(page.getByRole('columnheader', { name: /GMC number/ }).getAttribute('aria-sort')).resolves.toBe(
      'descending',
    );

    await page.getByLabel('Search by GMC number, name or organisation').fill('extra0');
    await waitForStatus(page, '1 to 10 of 10 trainees');
    await page.getByLabel('Search by GMC number, name or organisation').fill('1000008');
    await waitForStatus(page, '1 to 1 of 1 trainees');
    await page.getByRole('link', { name: '1000008' }).click();
    await page.getByRole('heading', { name: 'Trainee 1000008', level: 1 }).waitFor();
    const rowCells = (table: string, key: string) =>
      page
        .getByRole('table', { name: table, exact: true })
        .getByRole('row')
        .filter({ hasText: key })
        .locator('td')
        .allInnerTexts();
    await expect(rowCells('Placements of 1000008', 'P1000008')).resolves.toEqual([
      'Tyneside Hospitals (NE-TRUST)',
      'North East',
      '',
      'ST4',
      'higher',
      'General Medicine',
      '2024-08-07',
      '2025-08-05',
      '1.0',
    ]);
    // The placement runs from August 2024 to August 2025: home placement in two financial years.
    await expect(
      page.getByRole('table', { name: 'Home placements of 1000008' }).locator('tbody tr th').allInnerTexts(),
    ).resolves.toEqual(['2024-25', '2025-26']);
    await expect(rowCells('Participations of 1000008', 'NE-T1-2024')).resolves.toEqual([
      '1',
      'NE-T1-2024',
      'enrolled',
      '2024-09-01',
      '',
    ]);
    await expectAccessible(page, 'trainees-trainee');
    await page.context().close();
  });

  it('is not offered to the national role, and the server refuses its rows', async () => {
    const page = await harness.signedInPage('national');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trainees' }).count(),
    ).resolves.toBe(0);
    await page.goto(`${harness.baseUrl}/trainees/NE?period=2024-25`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('Trainee-level records are only visible to their own locality.');
    await expect(page.getByRole('table').count()).resolves.toBe(0);
    await page.context().close();
  });
});
