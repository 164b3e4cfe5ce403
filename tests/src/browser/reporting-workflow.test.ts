/**
 * The reporting workflow in headless Chromium: an academy lead rates the principles, adds a plan
 * action and drafts the progress report; submits it; the dean returns it with comments; the lead
 * resubmits; the dean approves; it is locked and readable nationally. axe-core on every page.
 * Figures come from the hand-checked fixture (tests/src/support/fixture.ts) for 2024-25.
 */

import { hashPassword } from '@ldm/server/auth/password';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserHarnessForFile,
  expectAccessible,
  saveScreenshot,
  signIn,
  TEST_PASSWORD,
} from '../support/browser-harness';
import { FIXTURE_EXPECTED } from '../support/fixture';

const LEAD = { email: 'lead.ne@example.nhs.uk', name: 'Lee Lead', role: 'academy_lead', locality_code: 'NE' } as const;
const PERIOD = FIXTURE_EXPECTED.period;
/** Principle n is rated n mod 4: six each of 0, 1, 2 and 3, so the mean is 36 ÷ 24 = 1.5. */
const scoreFor = (principle: number) => principle % 4;

const harness = browserHarnessForFile();
let lead: Page;
let dean: Page;
let reportUrl = '';

beforeAll(async () => {
  await harness.database.db
    .insertInto('users')
    .values({ ...LEAD, password_hash: await hashPassword(TEST_PASSWORD), created_at: new Date().toISOString() })
    .execute();
  lead = await harness.newPage();
  lead.setDefaultTimeout(8000);
  await signIn(lead, harness.baseUrl, LEAD.email);
  dean = await harness.signedInPage('deanNE');
  dean.setDefaultTimeout(8000);
});

const statusLine = (page: Page) => page.locator('.report-status p').first().innerText();
const headlineValue = (page: Page, label: string) =>
  page.locator('.headline').filter({ hasText: label }).locator('.headline-value').innerText();

describe('reporting workflow', () => {
  it('lets the academy lead rate all 24 principles for the period, with the mean in the history', async () => {
    await lead.goto(`${harness.baseUrl}/localities/NE/self-assessment?period=${PERIOD}`);
    await lead.getByText(`No self-assessment has been saved for ${PERIOD} or before it.`).waitFor();
    await expect(lead.getByLabel('Date of the assessment').inputValue()).resolves.toBe('2025-03-31');
    await lead.getByRole('button', { name: `Save the self-assessment for ${PERIOD}` }).click();
    await expect(lead.getByRole('alert').first().innerText()).resolves.toContain('Not yet rated: 1, 2, 3');
    for (let principle = 1; principle <= 24; principle++)
      await lead.locator(`input[name="score-${principle}"][value="${scoreFor(principle)}"]`).check();
    await lead
      .getByLabel('Evidence for principle 2', { exact: true })
      .fill('Every foundation doctor has a tier-1 place.');
    // Dated after the period, it would not count for it (M7's rule), so the form refuses.
    await lead.getByLabel('Date of the assessment').fill('2025-04-01');
    await lead.getByRole('button', { name: `Save the self-assessment for ${PERIOD}` }).click();
    await expect(lead.locator('#field-assessedOn-error').innerText()).resolves.toBe(
      `Date it on or before 2025-03-31, the last day of ${PERIOD}, so that it counts for ${PERIOD}.`,
    );
    await lead.getByLabel('Date of the assessment').fill('2025-03-31');
    await lead.getByRole('button', { name: `Save the self-assessment for ${PERIOD}` }).click();
    await lead.getByText('Assessed on 2025-03-31; mean score 1.5 of 3.').waitFor();
    const history = lead.getByRole('table', { name: /Ratings by review period/ });
    await expect(
      history.getByRole('row').filter({ hasText: 'Mean score (M7)' }).locator('td').innerText(),
    ).resolves.toBe('1.5 of 3');
    await expect(
      history.getByRole('row').filter({ hasText: '3. Spiral curriculum' }).locator('td').innerText(),
    ).resolves.toBe('3');
    await expectAccessible(lead, 'reporting-self-assessment');
  });

  it('lets the academy lead add a plan action, highlighted as overdue once its due date has passed', async () => {
    await lead.goto(`${harness.baseUrl}/localities/NE/plan?period=${PERIOD}`);
    await lead.getByText('No actions yet.').waitFor();
    await lead.getByRole('button', { name: 'Add an action' }).click();
    await lead.getByRole('button', { name: 'Add the action' }).click();
    await expect(lead.locator('#field-title-error').innerText()).resolves.toBe('Give the action a title.');
    await lead.getByLabel('Action', { exact: true }).fill('Launch a tier-1 offer for higher trainees');
    await lead.getByLabel('Owner').fill('Head of the leadership academy');
    await lead.getByLabel('Due date').fill('2025-01-31');
    await lead.getByLabel('Status').selectOption('on track');
    await lead.getByLabel(/Recommendation 1:/).check();
    await lead.getByLabel('2. Universal coverage', { exact: true }).check();
    await lead.getByRole('button', { name: 'Add the action' }).click();
    const row = lead
      .getByRole('table', { name: 'Actions, soonest due first' })
      .getByRole('row')
      .filter({ hasText: 'Launch a tier-1 offer' });
    await expect(row.locator('.overdue').innerText()).resolves.toMatch(/^\s*overdue$/);
    await expect(lead.locator('.section').first().innerText()).resolves.toContain('1 action is overdue');
    await row.getByRole('button', { name: 'Launch a tier-1 offer for higher trainees' }).click();
    await lead.getByLabel('What has happened').fill('Provider chosen; first cohort planned for September.');
    await lead.getByLabel('Status after this update').selectOption('at risk');
    await lead.getByRole('button', { name: 'Add the update' }).click();
    await lead.getByText('(status: at risk): Provider chosen; first cohort planned for September.').waitFor();
    await expectAccessible(lead, 'reporting-plan');
  });

  it('lets the academy lead draft the report with live figures and submit it, freezing them', async () => {
    await lead.goto(`${harness.baseUrl}/localities/NE/reports?period=${PERIOD}`);
    await lead.getByRole('button', { name: `Start the report for ${PERIOD}` }).click();
    await lead.waitForURL(/\/localities\/NE\/reports\/\d+/);
    reportUrl = lead.url();
    await expect(statusLine(lead)).resolves.toContain('Status: draft.');
    await lead.getByText(/^Not frozen yet: these are today's figures/).waitFor();
    await expect(headlineValue(lead, 'M3 Uptake')).resolves.toBe(FIXTURE_EXPECTED.NE.uptake);
    await expect(headlineValue(lead, 'M7 Self-assessment')).resolves.toBe('1.5 of 3');
    await expect(lead.locator('#report-plan').locator('..').innerText()).resolves.toContain('1 action as of');
    await lead.getByRole('textbox', { name: 'Narrative' }).fill('Uptake has risen to half of trainees.');
    await lead.getByRole('button', { name: 'Save the draft' }).click();
    await lead.getByText('Draft saved.').waitFor();
    await lead.reload();
    await expect(lead.getByRole('textbox', { name: 'Narrative' }).inputValue()).resolves.toBe(
      'Uptake has risen to half of trainees.',
    );
    await expectAccessible(lead, 'reporting-report-draft');
    await lead.getByRole('button', { name: 'Submit to the dean' }).click();
    // One click is not enough: the lead is told what submitting freezes, and confirms.
    const confirmSubmit = lead.getByRole('alertdialog', { name: 'Submit the 2024-25 report to the dean?' });
    await expect(confirmSubmit.innerText()).resolves.toContain('later imports will not change this report');
    await expect(lead.getByText('Status: draft.').count()).resolves.toBe(1);
    await expectAccessible(lead, 'reporting-report-confirm-submit');
    await confirmSubmit.getByRole('button', { name: 'Yes, submit to the dean' }).click();
    await lead.getByText('Status: submitted, waiting for the dean.').waitFor();
    // The frozen snapshot carries baseline, latest, target and status, and the figures by stage:
    // higher trainees 1000008 (NE-TRUST, enrolled), 1000009 (NE-GP, enrolled), 1000010 (NE-GP) —
    // all covered, 2 of 3 taking part, 1 of 3 at an employer meeting the workplace standard.
    await expect(
      lead
        .getByRole('table', { name: 'Baseline, latest and target, 2024-25' })
        .getByRole('row')
        .filter({ hasText: 'M3 Uptake' })
        .locator('td')
        .allInnerTexts(),
    ).resolves.toEqual(['20.0% (2023-24)', '50.0%', '60.0% (2025-26)', 'improving']);
    await expect(
      lead
        .getByRole('table', { name: 'By stage, 2024-25' })
        .getByRole('row')
        .filter({ hasText: 'Higher' })
        .locator('td')
        .allInnerTexts(),
    ).resolves.toEqual(['3', '100.0%', '66.7%', '33.3%']);
    // Beside England, at 95%: access (M1) is 10 of 10 in NE and 13 of 13 in England (YH's 3 too);
    // NE's Wilson interval (textbook form, worked apart) is 72.2% to 100.0%, touching England's
    // 100%: similar. Uptake (M3): England's 5 of 13 shows as * (1 to 7 hidden, even for England);
    // NE's 5 of 10 gives 23.7% to 76.3%, which holds England's 38.5%: similar. NE has trainees in
    // three quarters only (from August 2024): too few for an SPC reading.
    const overTime = (measure: string) =>
      lead
        .getByRole('table', { name: 'Compared with England (95%) and over time (SPC), 2024-25' })
        .getByRole('row')
        .filter({ hasText: measure })
        .locator('td')
        .allInnerTexts();
    await expect(overTime('M1 Access coverage')).resolves.toEqual([
      '100.0%',
      '72.2% to 100.0%',
      'Similar',
      'fewer than 13 quarters with data',
      'no target',
    ]);
    await expect(overTime('M3 Uptake')).resolves.toEqual([
      '*',
      '23.7% to 76.3%',
      'Similar',
      'fewer than 13 quarters with data',
      '—',
    ]);
    await lead.getByText(/^Frozen at submission from data version \d+/).waitFor();
    await expect(lead.getByRole('button', { name: 'Submit to the dean' }).count()).resolves.toBe(0);
    await expect(lead.locator('.narrative').first().innerText()).resolves.toBe('Uptake has risen to half of trainees.');
  });

  it('lets the dean return it with comments (which are required), back to the lead as a draft', async () => {
    await dean.goto(reportUrl);
    await dean.getByRole('heading', { name: 'Your decision' }).waitFor();
    await expect(headlineValue(dean, 'Trainees in post')).resolves.toBe(String(FIXTURE_EXPECTED.NE.traineesInPost));
    await expect(dean.getByRole('textbox', { name: 'Narrative' }).count()).resolves.toBe(0);
    await dean.getByRole('button', { name: 'Return with comments' }).click();
    await expect(dean.locator('#field-comments-error').innerText()).resolves.toBe(
      'Say what needs to change before the report can be approved.',
    );
    await dean.getByLabel('Comments for the academy lead').fill('Say what happens for higher trainees next year.');
    await expectAccessible(dean, 'reporting-report-review');
    await dean.getByRole('button', { name: 'Return with comments' }).click();
    await dean.getByRole('button', { name: 'Yes, return it with my comments' }).click();
    await dean.getByText('Status: returned for changes.').waitFor();

    await lead.goto(reportUrl);
    await expect(lead.locator('.return-comments').innerText()).resolves.toContain(
      'Say what happens for higher trainees next year.',
    );
    await lead
      .getByRole('textbox', { name: 'Narrative' })
      .fill('Uptake has risen to half of trainees. A tier-1 offer for higher trainees starts in September.');
    await expectAccessible(lead, 'reporting-report-returned');
    await lead.getByRole('button', { name: 'Submit to the dean' }).click();
    await lead.getByRole('button', { name: 'Yes, submit to the dean' }).click();
    await lead.getByText('Status: submitted, waiting for the dean.').waitFor();
  });

  it('lets the dean approve the resubmitted report, which is then locked for everyone', async () => {
    await dean.goto(reportUrl);
    await dean.getByRole('button', { name: 'Approve the report' }).click();
    const confirmApproval = dean.getByRole('alertdialog', { name: 'Approve the 2024-25 report?' });
    await expect(confirmApproval.innerText()).resolves.toContain('This cannot be undone');
    await confirmApproval.getByRole('button', { name: 'Yes, approve and lock it' }).click();
    await dean.getByText('Status: approved and locked.').waitFor();
    await expect(dean.getByText('This report is locked: nobody can change it.').isVisible()).resolves.toBe(true);
    await expect(dean.getByRole('heading', { name: 'Your decision' }).count()).resolves.toBe(0);

    await lead.goto(reportUrl);
    await lead.getByText('Status: approved and locked.').waitFor();
    await expect(lead.getByRole('textbox', { name: 'Narrative' }).count()).resolves.toBe(0);
    await expect(statusLine(lead)).resolves.toMatch(
      /submitted \d{4}-\d\d-\d\d by Lee Lead; approved \d{4}-\d\d-\d\d by Dev Dean\./,
    );
    await expect(lead.locator('.narrative').first().innerText()).resolves.toContain('starts in September');
    await expectAccessible(lead, 'reporting-report-approved');

    // A plan change after approval moves the live figures, not the frozen report.
    const at = new Date().toISOString();
    await harness.database.db
      .insertInto('plan_actions')
      .values({
        locality_code: 'NE',
        title: 'Later action',
        owner: 'Lee Lead',
        due_date: '2025-02-28',
        status: 'complete',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await lead.reload();
    await lead.getByText('Status: approved and locked.').waitFor();
    await expect(lead.locator('#report-plan').locator('..').innerText()).resolves.toContain('1 action as of');
    await expect(headlineValue(lead, 'M8 Plan delivery')).resolves.toBe('0.0%');
    await lead.emulateMedia({ media: 'print' });
    await expect(lead.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(lead.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
    await expect(lead.getByRole('heading', { name: `Measures, ${PERIOD}` }).isVisible()).resolves.toBe(true);
    await saveScreenshot(lead, 'reporting-report-print');
  });

  it('shows the approved report and the self-assessment heat map to the national role', async () => {
    const national = await harness.signedInPage('national');
    await national.goto(`${harness.baseUrl}/reports?period=${PERIOD}`);
    const statusRow = national
      .getByRole('table', { name: `Progress-report status, ${PERIOD}` })
      .getByRole('row')
      .filter({ hasText: 'North East' });
    await expect(statusRow.locator('td').first().innerText()).resolves.toBe('approved');
    await expectAccessible(national, 'reporting-overview-national');
    await national.getByRole('link', { name: 'North East' }).click();
    const listed = national
      .getByRole('table', { name: 'Progress reports, newest first' })
      .getByRole('row')
      .filter({ hasText: `Progress report ${PERIOD}` });
    await expect(listed.locator('td').first().innerText()).resolves.toBe('approved and locked');
    await expectAccessible(national, 'reporting-reports-list-national');
    await listed.getByRole('link').click();
    await national.getByText('Status: approved and locked.').waitFor();
    expect(national.url()).toBe(reportUrl);
    // Outside the locality the frozen figures are disclosure-controlled: 5 enrolled is fewer than 8.
    await expect(headlineValue(national, 'M3 Uptake')).resolves.toMatch(/^\*/);
    // …and so is its comparison with England: no interval (its ends would give the counts away), not compared.
    await expect(
      national
        .getByRole('table', { name: 'Compared with England (95%) and over time (SPC), 2024-25' })
        .getByRole('row')
        .filter({ hasText: 'M3 Uptake' })
        .locator('td')
        .allInnerTexts(),
    ).resolves.toEqual(['*', '—', 'Not compared', 'fewer than 13 quarters with data', '—']);
    await expect(headlineValue(national, 'Trainees in post')).resolves.toBe(String(FIXTURE_EXPECTED.NE.traineesInPost));
    await expect(headlineValue(national, 'M2 Floor met')).resolves.toBe(FIXTURE_EXPECTED.NE.floor);
    await national
      .getByText('counts outside your locality are rounded to the nearest 5; 1 to 7 are shown as *')
      .waitFor();
    await expect(national.getByRole('textbox', { name: 'Narrative' }).count()).resolves.toBe(0);

    await national.goto(`${harness.baseUrl}/self-assessment?period=${PERIOD}`);
    const heatMap = national.getByRole('table', { name: /Scores by principle and locality/ });
    await expect(
      heatMap.getByRole('row').filter({ hasText: 'Mean score (M7)' }).locator('td').first().innerText(),
    ).resolves.toBe('1.5');
    await expect(
      heatMap.getByRole('row').filter({ hasText: '4. Tiered' }).locator('td').first().innerText(),
    ).resolves.toBe('0');
    await expect(
      heatMap.getByRole('row').filter({ hasText: 'Mean score (M7)' }).locator('td').nth(1).innerText(),
    ).resolves.toBe('–');
    await expectAccessible(national, 'reporting-heat-map');
    await national.context().close();
  });
});
