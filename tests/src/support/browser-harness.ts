/**
 * Browser-test harness: a real server (createApp on port 0) over a temporary database holding
 * the hand-made fixture and one user per role, and one headless Chromium (Debian's package).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { REPOSITORY_ROOT } from '@ldm/db';
import { createTestDatabase, type TestDatabase } from '@ldm/db/testing';
import { hashPassword } from '@ldm/server/auth/password';
import { createApp } from '@ldm/server/http/app';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { seedBrowserFixture } from './fixture';

export const TEST_PASSWORD = 'correct horse battery staple';

export const TEST_USERS = {
  national: { email: 'national@example.nhs.uk', name: 'Nadia National', role: 'national', locality_code: null },
  admin: { email: 'admin@example.nhs.uk', name: 'Ada Admin', role: 'admin', locality_code: null },
  deanNE: { email: 'dean.ne@example.nhs.uk', name: 'Dev Dean', role: 'dean', locality_code: 'NE' },
} as const;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ARTIFACTS = path.join(REPOSITORY_ROOT, 'tests', 'artifacts');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface BrowserHarness {
  baseUrl: string;
  database: TestDatabase;
  browser: Browser;
  /** A page in its own context (own cookies), as axe-core requires; close it with `page.context().close()`. */
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
  /** A new page, as `newPage` gives, signed in as one of TEST_USERS. */
  signedInPage: (user: keyof typeof TEST_USERS, viewport?: { width: number; height: number }) => Promise<Page>;
  /** Content-Security-Policy violations seen on any page of this harness so far (page address: what was blocked). */
  cspViolations: string[];
  close: () => Promise<void>;
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  if (!fs.existsSync(path.join(REPOSITORY_ROOT, 'client', 'dist', 'index.html'))) {
    throw new Error('client/dist is missing: run `pnpm --filter @ldm/client build` before the browser tests');
  }
  const database = await createTestDatabase();
  await seedBrowserFixture(database.db);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const createdAt = new Date().toISOString();
  await database.db
    .insertInto('users')
    .values(Object.values(TEST_USERS).map((user) => ({ ...user, password_hash: passwordHash, created_at: createdAt })))
    .execute();
  const server: Server = await new Promise((resolve) => {
    const listening = createApp(database.db).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const cspViolations: string[] = [];
  const baseUrl = `http://127.0.0.1:${port}`;
  const newPage = async (viewport = { width: 1280, height: 800 }) => {
    const context = await browser.newContext({ viewport });
    // Chromium reports a blocked resource or inline code as a console error; the event below
    // also catches violations it does not print.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
      ),
    );
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
        cspViolations.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  };
  return {
    baseUrl,
    database,
    browser,
    cspViolations,
    newPage,
    signedInPage: async (user, viewport) => {
      const page = await newPage(viewport);
      await signIn(page, baseUrl, TEST_USERS[user].email);
      return page;
    },
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await database.destroy();
    },
  };
}

/**
 * One harness for a test file: started before its first test, closed after its last. The object is
 * filled in by the time the tests (and the file's later `beforeAll` hooks) run.
 */
export function browserHarnessForFile(): BrowserHarness {
  const harness = {} as BrowserHarness;
  beforeAll(async () => {
    Object.assign(harness, await startBrowserHarness());
  });
  afterAll(async () => {
    await harness.close?.();
  });
  return harness;
}

export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** axe-core's WCAG 2.2 AA violations on the page as it stands, as short readable lines. */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Saves the page as `screenshot` for a person to look at, then expects no axe-core WCAG 2.2 AA violation on it. */
export async function expectAccessible(page: Page, screenshot: string): Promise<void> {
  await saveScreenshot(page, screenshot);
  expect(await findAccessibilityViolations(page)).toEqual([]);
}

/** At the page's narrow `width`, the page itself never scrolls sideways and every headline figure is in view. */
export async function expectHeadlinesInView(page: Page, width: number): Promise<void> {
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
  const headlines = await page
    .locator('.headline')
    .evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect().right));
  expect(headlines.length).toBeGreaterThan(0);
  for (const right of headlines) expect(right).toBeLessThanOrEqual(width);
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
