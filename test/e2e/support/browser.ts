// Debian's Chromium driven by playwright-core: Playwright cannot download its
// own browser here, and the flags keep Chromium from calling home.

import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium run here needs (see the machine notes): headless, quiet, no calls home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** Everything a page says that a test should fail on, and every request it makes. */
export interface PageRecord {
  page: Page;
  errors: string[];
  requests: string[];
}

/** `setup` runs before the page is opened: for init scripts, routes or a fake clock that must be in place first. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  setup?: (page: Page) => Promise<unknown>,
): Promise<PageRecord> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await setup?.(page);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, errors, requests };
}

/**
 * Resolves once the app has taken over every island of the page (src/main.ts sets
 * <html data-ready="true"> then). Until then the prerendered controls are plain HTML: input given
 * to them is replayed on hydration, but a test that reads the app's response must not race it.
 */
export async function waitForApp(page: Page | Frame): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
}
