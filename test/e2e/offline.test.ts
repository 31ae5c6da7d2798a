// Offline (issue 11, teachers): the service worker keeps a classroom working without a network after
// one visit, says "updated" when it brings new rules, and the zip build opens from disk (file://).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../scripts/offline/zip.ts';
import { launchBrowser, waitForApp } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const OUT_DIR = resolve(process.env.OUT_DIR ?? 'dist');
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

let browser: Browser;
/** A copy of the build per test, so a test can change what the "host" serves without touching OUT_DIR. */
const copies: string[] = [];
const servers: StaticServer[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close().catch(() => undefined)));
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

function copyOfBuild(): string {
  const copy = mkdtempSync(join(tmpdir(), 'vardpengen-offline-'));
  cpSync(OUT_DIR, copy, { recursive: true });
  copies.push(copy);
  return copy;
}

async function serve(root: string, port = 0): Promise<StaticServer & { port: number }> {
  const server = await startStaticServer(root, port);
  servers.push(server);
  return { ...server, port: Number(new URL(server.url).port) };
}

/** The rules' date the build's service worker carries (scripts/offline/service-worker.ts). */
const builtRules = () => /const RULES = "([^"]+)";/.exec(readFileSync(join(OUT_DIR, 'sw.js'), 'utf8'))![1];

/** One online visit: the page is ready and its service worker active, having cached everything. */
async function visitOnline(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker does not take over the page that registered it (its lazy chunks keep coming from the network).
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  return page;
}

async function moveSliderChangesTotal(page: Page, slider: string, total = 'total-stockholm-2022') {
  const before = await text(page.getByTestId(total));
  expect(before).toMatch(/\d/);
  await page.getByRole('slider', { name: slider }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => text(page.getByTestId(total))).not.toBe(before);
}

describe('the service worker', () => {
  it('after one online visit, the page reloads with the network cut and shows numbers and working sliders', async () => {
    const root = copyOfBuild();
    const server = await serve(root);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await visitOnline(context, `${server.url}/`);
    expect(await text(page.locator('footer .rules-version'))).toBe(`Regler per ${builtRules()}`);

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/mnkr/);
    await moveSliderChangesTotal(page, 'Listade patienter');
    expect(await text(page.locator('footer .rules-version'))).toBe(`Regler per ${builtRules()}`);
    // The other language's page was never opened, but is cached too, whatever the address's query.
    await page.goto(`${server.url}/en/?listed=12000`);
    await waitForApp(page);
    expect(await page.getByRole('slider', { name: 'Listed patients' }).inputValue()).toBe('12000');
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^SEK \d/);
    await moveSliderChangesTotal(page, 'Listed patients');
    expect(await text(page.locator('footer .rules-version'))).toBe(`Rules as of ${builtRules()}`);
    // A first install is no update.
    expect(await page.locator('.offline-notice').count()).toBe(0);
    await context.close();
  });

  it('announces a new version on the next online visit as "updated", with its rules date, once', async () => {
    const root = copyOfBuild();
    const first = await serve(root);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await visitOnline(context, `${first.url}/`);
    expect(await page.locator('.offline-notice').count()).toBe(0);

    // The host publishes a new version: another precache version and newer rules.
    const worker = readFileSync(join(root, 'sw.js'), 'utf8');
    writeFileSync(
      join(root, 'sw.js'),
      worker.replace(/const VERSION = "[^"]+";/, 'const VERSION = "test-next";').replace(/const RULES = "[^"]+";/, 'const RULES = "2099-12-31";'),
    );
    await page.reload();
    await waitForApp(page);
    const notice = page.locator('.offline-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await text(notice.locator('p'))).toBe('Uppdaterad: reglerna är nu från 2099-12-31.');
    await notice.getByRole('button', { name: 'Stäng' }).click();
    expect(await notice.count()).toBe(0);

    // Said once: the next visit (offline, from the new version's cache) works and says nothing more.
    await context.setOffline(true);
    await first.close();
    await page.reload();
    await waitForApp(page);
    await moveSliderChangesTotal(page, 'Listade patienter');
    expect(await page.locator('.offline-notice').count()).toBe(0);
    await context.close();
  });
});

describe('the zip build (npm run build:offline)', () => {
  let site: string;
  beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), 'vardpengen-zip-'));
    copies.push(folder);
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-offline.ts'], { env: { ...process.env, OFFLINE_DIR: join(folder, 'out') }, stdio: 'inherit' });
    // Unpacked the way a teacher would, from the zip alone, into a folder of its own.
    const entries = readZip(readFileSync(join(folder, 'out', 'vardpengen-offline.zip')));
    expect(entries.map((entry) => entry.name)).toContain('vardpengen/index.html');
    for (const { name, data } of entries) {
      mkdirSync(dirname(join(folder, 'unzipped', name)), { recursive: true });
      writeFileSync(join(folder, 'unzipped', name), data);
    }
    site = join(folder, 'unzipped', 'vardpengen');
  });

  it('opens index.html from file:// and evaluates: a total shows, a slider changes it, both languages, the rules version', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // The one expected message: the sweep's worker cannot start from file://, and the page sweeps itself.
      if ((message.type() === 'error' || message.type() === 'warning') && !message.text().includes('the page computes the sweep itself')) errors.push(message.text());
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    await waitForApp(page);
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/mnkr/);
    await moveSliderChangesTotal(page, 'Listade patienter');
    expect(await text(page.locator('footer .rules-version'))).toBe(`Regler per ${builtRules()}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^SEK \d/);
    await moveSliderChangesTotal(page, 'Listed patients');
    expect(await text(page.locator('footer .rules-version'))).toBe(`Rules as of ${builtRules()}`);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await context.close();
  });
});
