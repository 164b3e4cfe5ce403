/**
 * The resource repository in headless Chromium: a dean shares a resource as their locality (after
 * the shared schema's message), a national member finds it by words and by tag filters, and only
 * the origin locality is offered its removal. axe-core on every page.
 */

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserHarnessForFile, expectAccessible } from '../support/browser-harness';

const harness = browserHarnessForFile();

beforeAll(async () => {
  const at = new Date().toISOString();
  // One resource shared nationally beforehand, tagged tier 3 only: the filters must tell the two apart.
  const { id } = await harness.database.db
    .insertInto('resources')
    .values({
      title: 'Chief registrar role outline',
      url: 'https://example.org/chief-registrar',
      body: null,
      locality_code: null,
      created_by: null,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await harness.database.db.insertInto('resource_tags').values({ resource_id: id, kind: 'tier', value: '3' }).execute();
});

const titles = (page: Page) => page.locator('.resource h3').allInnerTexts();

describe('resources', () => {
  it('lets a dean share a resource as their own locality, tagged by stage, tier and principle', async () => {
    const dean = await harness.signedInPage('deanNE');
    dean.setDefaultTimeout(8000);
    await dean.goto(`${harness.baseUrl}/resources`);
    await dean.getByText('1 resource matches.').waitFor();
    await dean.getByRole('button', { name: 'Share a resource' }).click();
    await dean.getByLabel('Title', { exact: true }).fill('Night school for foundation doctors');
    await dean.getByRole('button', { name: 'Share the resource' }).click();
    await expect(dean.locator('#field-url-error').innerText()).resolves.toBe(
      'Give a web address or the text of the resource.',
    );
    await expect(dean.getByText('Shared by: North East.').isVisible()).resolves.toBe(true);
    await dean
      .getByLabel('Text of the resource')
      .fill('Monthly evening sessions run by trainees, with a senior leader as guest.');
    await dean.getByLabel('Foundation', { exact: true }).check();
    await dean.getByLabel('Tier 1: leadership literacy', { exact: true }).check();
    await dean.getByLabel('21. Start early', { exact: true }).check();
    await expectAccessible(dean, 'resources-share');
    await dean.getByRole('button', { name: 'Share the resource' }).click();
    await dean.getByText('2 resources match.').waitFor();
    await expect(titles(dean)).resolves.toEqual([
      'Night school for foundation doctors',
      'Chief registrar role outline',
    ]);
    await expect(
      dean.getByRole('button', { name: 'Remove “Night school for foundation doctors”' }).count(),
    ).resolves.toBe(1);
    await expect(dean.getByRole('button', { name: 'Remove “Chief registrar role outline”' }).count()).resolves.toBe(0);
    const tags = await harness.database.db
      .selectFrom('resource_tags')
      .innerJoin('resources', 'resources.id', 'resource_tags.resource_id')
      .select(['kind', 'value'])
      .where('resources.locality_code', '=', 'NE')
      .orderBy('kind')
      .execute();
    expect(tags).toEqual([
      { kind: 'principle', value: '21' },
      { kind: 'stage', value: 'foundation' },
      { kind: 'tier', value: '1' },
    ]);
    await dean.context().close();
  });

  it('lets a national member search by words and filter by tier, stage, principle and origin', async () => {
    const national = await harness.signedInPage('national');
    national.setDefaultTimeout(8000);
    await national.goto(`${harness.baseUrl}/resources`);
    await national.getByText('2 resources match.').waitFor();
    await national.getByLabel('Words in the title or text').fill('evening');
    await national.getByText('1 resource matches.').waitFor();
    await expect(titles(national)).resolves.toEqual(['Night school for foundation doctors']);
    await national.getByLabel('Words in the title or text').fill('');
    await national.getByLabel('Tier', { exact: true }).selectOption('3');
    await national.getByText('1 resource matches.').waitFor();
    await expect(titles(national)).resolves.toEqual(['Chief registrar role outline']);
    await national.getByLabel('Tier', { exact: true }).selectOption('');
    await national.getByLabel('Stage', { exact: true }).selectOption('foundation');
    await national.getByLabel('Principle', { exact: true }).selectOption('21');
    await national.getByLabel('Shared by', { exact: true }).selectOption('NE');
    await national.getByText('1 resource matches.').waitFor();
    await expect(titles(national)).resolves.toEqual(['Night school for foundation doctors']);
    await expect(national.locator('.resource .note').innerText()).resolves.toContain('Shared by North East');
    await national.getByLabel('Shared by', { exact: true }).selectOption('national');
    await national.getByText('0 resources match.').waitFor();
    await expect(national.getByRole('button', { name: /^Remove/ }).count()).resolves.toBe(0);
    await expectAccessible(national, 'resources-search');
    await national.context().close();
  });
});
