/**
 * Administration pages in headless Chromium: users (field messages from the shared schema,
 * create with a one-time password, deactivate, reset), a baseline frozen from a chosen period and
 * a target, the audit log filtered by record; a dean is refused. axe-core on every page.
 */

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserHarnessForFile, expectAccessible, saveScreenshot, TEST_USERS } from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

const harness = browserHarnessForFile();
let admin: Page;

beforeAll(async () => {
  admin = await harness.signedInPage('admin');
  admin.setDefaultTimeout(8000);
  admin.on('dialog', (dialog) => void dialog.accept());
});

const userRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: name });

describe('administration', () => {
  it('adds a dean with a one-time password, after field messages, then deactivates them and resets the password', async () => {
    await admin.goto(`${harness.baseUrl}/admin/users`);
    await userRow(admin, TEST_USERS.admin.name).waitFor();
    await expect(admin.getByRole('table', { name: 'Users' }).locator('tbody tr').count()).resolves.toBe(
      Object.keys(TEST_USERS).length,
    );
    await admin.getByRole('button', { name: 'Add a user' }).click();
    await admin.getByLabel('Role').selectOption('dean');
    await admin.getByRole('button', { name: 'Add the user' }).click();
    await expect(admin.locator('#field-email-error').innerText()).resolves.toBe('Enter an email address.');
    await expect(admin.locator('#field-localityCode-error').innerText()).resolves.toBe(
      'A dean or academy lead needs a locality.',
    );
    await admin.getByLabel('Email address').fill('Kim.Dean@Example.nhs.uk');
    await admin.getByLabel('Name').fill('Kim Dean');
    await admin.getByLabel('Locality').selectOption('KSS');
    await admin.getByRole('button', { name: 'Add the user' }).click();
    await admin.getByRole('heading', { name: 'One-time password for kim.dean@example.nhs.uk' }).waitFor();
    const firstPassword = await admin.locator('.confirmation-panel code').innerText();
    expect(firstPassword.length).toBeGreaterThanOrEqual(12);
    await expect(userRow(admin, 'Kim Dean').innerText()).resolves.toContain('Kent, Surrey and Sussex');
    await expectAccessible(admin, 'admin-users');

    await userRow(admin, 'Kim Dean').getByRole('button', { name: 'Change Kim Dean' }).click();
    await admin.getByLabel('Can sign in', { exact: true }).selectOption('no');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await userRow(admin, 'Kim Dean').filter({ hasText: 'no (deactivated)' }).waitFor();
    await expect(userRow(admin, 'Kim Dean').locator('td').nth(3).innerText()).resolves.toBe('no (deactivated)');
    await userRow(admin, 'Kim Dean').getByRole('button', { name: 'Reset password of Kim Dean' }).click();
    await admin.locator('.confirmation-panel code').filter({ hasNotText: firstPassword }).waitFor();
    await expect(
      admin.getByRole('heading', { name: 'One-time password for kim.dean@example.nhs.uk' }).count(),
    ).resolves.toBe(1);
    await userRow(admin, 'Kim Dean')
      .getByRole('button', { name: /^Sign out everywhere\W*Kim Dean$/ })
      .click();
    await admin.getByRole('status').filter({ hasText: 'kim.dean@example.nhs.uk is signed out everywhere.' }).waitFor();

    const stored = await harness.database.db
      .selectFrom('users')
      .select(['role', 'locality_code', 'active'])
      .where('email', '=', 'kim.dean@example.nhs.uk')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ role: 'dean', locality_code: 'KSS', active: 0 });
  });

  it('freezes a baseline from a complete period after showing its value, keeps the old one, and sets a target', async () => {
    await admin.goto(`${harness.baseUrl}/admin/measures?period=${FIXTURE_EXPECTED.period}`);
    await admin.getByLabel('Locality', { exact: true }).selectOption('NE');
    const m3 = admin
      .getByRole('table', { name: `Baseline, latest and target, ${FIXTURE_EXPECTED.period}` })
      .getByRole('row')
      .filter({ hasText: 'M3 Uptake' });
    // The fixture's baseline: 2 of 10 in 2023-24 — hidden as * to an administrator too, who has no own locality.
    await expect(m3.locator('td').first().innerText()).resolves.toBe('* (2023-24)');
    const freezeForm = admin.getByRole('form', { name: 'Freeze a baseline' });
    // Only complete periods are offered; 2024-25 is over.
    await freezeForm.getByLabel('Baseline period').selectOption('2024-25');
    await freezeForm.getByLabel('Measure').selectOption('M3');
    await freezeForm.getByRole('button', { name: 'Show the value to freeze' }).click();
    const confirm = admin.getByRole('alertdialog');
    await expect(confirm.getByRole('heading').innerText()).resolves.toBe(
      "Freeze 50.0% (5 of 10) as North East's M3 baseline from 2024-25?",
    );
    await expect(confirm.innerText()).resolves.toContain('This replaces the baseline of 20.0% (2 of 10) from 2023-24');
    // Nothing is frozen until the administrator says yes.
    const before = await harness.database.db
      .selectFrom('measure_baselines')
      .select('period')
      .where('measure_code', '=', 'M3')
      .executeTakeFirstOrThrow();
    expect(before.period).toBe('2023-24');
    await saveScreenshot(admin, 'admin-freeze-confirm');
    await confirm.getByRole('button', { name: 'Yes, freeze this baseline' }).click();
    await admin.getByText('Baseline for M3 frozen at 50.0% (5 of 10) from 2024-25.').waitFor();
    const history = admin.getByRole('table', { name: 'Replaced baselines, North East' });
    await expect(history.getByRole('row').filter({ hasText: 'M3' }).locator('td').nth(1).innerText()).resolves.toBe(
      '20.0% (2 of 10)',
    );
    await expect(m3.locator('td').first().innerText()).resolves.toBe('* (2024-25)');
    const baseline = await harness.database.db
      .selectFrom('measure_baselines')
      .select(['period', 'numerator', 'denominator', 'value'])
      .where('measure_code', '=', 'M3')
      .where('locality_code', '=', 'NE')
      .executeTakeFirstOrThrow();
    expect(baseline).toEqual({ period: '2024-25', numerator: 5, denominator: 10, value: 0.5 });

    const targetForm = admin.getByRole('form', { name: 'Set a target' });
    await targetForm.getByLabel('Measure').selectOption('M3');
    await targetForm.getByRole('button', { name: 'Set the target' }).click();
    await expect(admin.locator('#field-targetValue-error').innerText()).resolves.toBe('Enter a number, 0 or more.');
    await targetForm.getByLabel('Target value').fill('70');
    await targetForm.getByLabel('Target period').fill('2026-27');
    await targetForm.getByRole('button', { name: 'Set the target' }).click();
    await admin.getByText('Target for M3 set for 2026-27.').waitFor();
    await expect(m3.locator('td').nth(2).innerText()).resolves.toBe('70.0% (2026-27)');
    // Latest 50% equals the new baseline 50%: not better than baseline.
    await expect(m3.locator('.status-badge').innerText()).resolves.toBe('not improving');
    const target = await harness.database.db
      .selectFrom('measure_targets')
      .select(['value', 'period'])
      .where('measure_code', '=', 'M3')
      .where('locality_code', '=', 'NE')
      .executeTakeFirstOrThrow();
    expect(target).toEqual({ value: 0.7, period: '2026-27' });
    await expectAccessible(admin, 'admin-measures');
  });

  it('filters the audit log by record, counting what the database holds', async () => {
    await admin.goto(`${harness.baseUrl}/admin/audit`);
    await admin.getByRole('table', { name: 'Audit events, newest first' }).waitFor();
    await admin.getByLabel('Record').selectOption('user');
    await admin.getByRole('button', { name: 'Show events' }).click();
    const expected = await harness.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity', '=', 'user')
      .executeTakeFirstOrThrow();
    expect(Number(expected.n)).toBe(4);
    await admin.getByText(`${Number(expected.n)} events. Page 1 of 1.`).waitFor();
    const actions = await admin
      .getByRole('table', { name: 'Audit events, newest first' })
      .locator('tbody tr td:nth-child(3)')
      .allInnerTexts();
    expect(actions).toEqual(['end_sessions', 'reset_password', 'update', 'create']);
    await expectAccessible(admin, 'admin-audit');
  });

  it('refuses the administration pages to a dean', async () => {
    const dean = await harness.signedInPage('deanNE');
    await dean.goto(`${harness.baseUrl}/admin/users`);
    await expect(dean.getByRole('alert').innerText()).resolves.toMatch(/^Not allowed/);
    await expect(dean.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
    await expectAccessible(dean, 'admin-refused');
    await dean.context().close();
  });
});
