// The first paint shows real numbers before any JavaScript runs: the default
// view is prerendered for each language, and the app takes over the same
// markup (hydration) without moving it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();
/** The app's entry chunk (src/main.ts), which the page's inlined boot script imports. */
const appEntryFile = () =>
  (JSON.parse(readFileSync(join(process.env.OUT_DIR ?? 'dist', '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>)['src/main.ts'].file;
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

describe('first paint', () => {
  it.each([
    ['/', 'sv', /^29,5 mnkr/, 'Ersättning per år'],
    ['/en/', 'en', /^SEK 29\.5m/, 'Pay a year'],
  ])('%s shows the default result as text with JavaScript off', async (path, lang, total, heading) => {
    const { page, errors } = await openPage(site.browser(), site.url(path), { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await text(page.getByTestId('total-stockholm-2022'))).toMatch(total);
    expect(await text(page.getByTestId('total-proposal-l-2022'))).toMatch(lang === 'sv' ? /^29,5 mnkr/ : /^SEK 29\.5m/);
    expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
    expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(2);
    // Each result's range, and a difference whose range crosses zero called unclear, without JavaScript too.
    expect(await text(page.getByTestId('range-stockholm-2022'))).toMatch(lang === 'sv' ? /^Spann: \d+,\d mnkr till \d+,\d mnkr$/ : /^Range: SEK \d+\.\dm to SEK \d+\.\dm$/);
    expect(await text(page.getByTestId('change-proposal-l-2022'))).toMatch(lang === 'sv' ? /^Oklart: \+40 000 kr/ : /^Unclear: \+SEK 40,000/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('hydrates the prerendered markup in place: the same elements, no layout shift', async () => {
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Hold the app's entry (the page's boot script is in the page) to look at the page before the app takes it over.
    let held = 0;
    await page.route(new RegExp(`/${appEntryFile()}$`), async (route) => {
      held++;
      await released;
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Module scripts hold up DOMContentLoaded, so wait only for the markup.
    await page.goto(site.url('/'), { waitUntil: 'commit' });
    await page.getByTestId('total-stockholm-2022').waitFor();
    const before = await page.getByTestId('total-stockholm-2022').evaluate((el) => {
      el.setAttribute('data-before-js', 'yes');
      return el.getBoundingClientRect().top;
    });
    await expect.poll(() => held).toBe(1);
    release();
    const slider = page.getByRole('slider', { name: 'Listade patienter' });
    await page.waitForSelector('html[data-ready="true"]');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).not.toMatch(/^29,5 mnkr/);
    // The element painted before JavaScript ran is the one the app now updates.
    expect(await page.getByTestId('total-stockholm-2022').getAttribute('data-before-js')).toBe('yes');
    expect(await page.getByTestId('total-stockholm-2022').evaluate((el) => el.getBoundingClientRect().top)).toBe(before);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
    expect(shifts).toBeLessThanOrEqual(0.02);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what a visitor changed on the prerendered page before the app took it over', async () => {
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const early = await context.newPage();
    const earlyErrors: string[] = [];
    early.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && earlyErrors.push(m.text()));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Hold the app's entry, so the visitor's input comes before the app takes the page over.
    let held = 0;
    await early.route(new RegExp(`/${appEntryFile()}$`), async (route) => {
      held++;
      await released;
      await route.continue();
    });
    await early.goto(site.url('/'), { waitUntil: 'commit' });
    const slider = early.getByRole('slider', { name: 'Listade patienter' });
    await slider.focus();
    await early.keyboard.press('End');
    await early.getByRole('checkbox', { name: /Stockholm 2026/ }).check();
    expect(await text(early.getByTestId('total-stockholm-2022'))).toMatch(/^29,5 mnkr/);
    // The app was asked for and is held: the input above came before it took the page over.
    await expect.poll(() => held).toBe(1);
    release();
    await early.waitForSelector('html[data-ready="true"]');
    expect(await slider.inputValue()).toBe('40000');
    expect(await early.getByRole('spinbutton', { name: 'Listade patienter, exakt värde' }).inputValue()).toBe('40000');
    await expect.poll(() => text(early.getByTestId('total-stockholm-2022'))).toMatch(/^1\d\d,\d mnkr/);
    expect(await early.getByTestId('total-stockholm-2026').count()).toBe(1);
    await expect.poll(() => early.url()).toContain('listed=40000');
    expect(earlyErrors).toEqual([]);
    await context.close();
  });

  it('never shows the prerendered default numbers under an address that asks for another view', async () => {
    const context = await site.browser().newContext();
    const page = await context.newPage();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route(new RegExp(`/${appEntryFile()}$`), async (route) => {
      held++;
      await released;
      await route.continue();
    });
    await page.goto(site.url('/?listed=20000'), { waitUntil: 'commit' });
    await page.waitForSelector('#app[data-pending]', { state: 'attached' });
    // The app is held back: the default view is in the page but hidden, its 29,5 mnkr is not this clinic's.
    await expect.poll(() => held).toBe(1);
    expect(await page.getByTestId('total-stockholm-2022').isVisible()).toBe(false);
    release();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await text(page.getByTestId('total-stockholm-2022'))).toMatch(/^58,7 mnkr/);
    expect(await page.locator('#app[data-pending]').count()).toBe(0);
    await context.close();
  });

  it('mounts afresh for an address that asks for another view, with its numbers', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?listed=20000&lang=en'));
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^SEK 58\.7m/);
    expect(await page.getByRole('slider', { name: 'Listed patients' }).inputValue()).toBe('20000');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['/', '/en/'])('%s asks for no script before its first paint, and for the app after it', async (path) => {
    const html = await (await fetch(site.url(path))).text();
    // The boot script is in the page, named the app's modules beside it, and nothing is preloaded.
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/rel="modulepreload"/);
    expect(html).toMatch(/<script type="module">/);
    const { page, errors } = await openPage(site.browser(), site.url(path));
    await page.waitForSelector('html[data-ready="true"]');
    const { paint, scripts } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ file: new URL(entry.name).pathname.slice(1), start: entry.startTime })),
    }));
    expect(scripts.filter((script) => script.start < paint)).toEqual([]);
    // The app, and with it everything that takes the page over, was asked for after the paint.
    expect(scripts.find((script) => script.file === appEntryFile())?.start).toBeGreaterThan(paint);
    // Only the boot script preloads: the lazy panels' imports add no <link rel="modulepreload"> per
    // chunk they depend on (Vite's default, and main-thread work while the page is taken over).
    const { preloads, named } = await page.evaluate(() => ({
      preloads: document.querySelectorAll('link[rel="modulepreload"]').length,
      named: (JSON.parse(document.getElementById('app-modules')!.textContent!) as { preload: string[] }).preload.length,
    }));
    expect(preloads).toBe(named);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes the page over without writing <html lang>, and writes it once when the language changes', async () => {
    // Writing lang, even the value it has, makes the browser restyle every element on the page: a
    // long task in the middle of taking it over. Each write is a mutation record, so count them.
    const { page, errors } = await openPage(site.browser(), site.url('/'), {}, (page) =>
      page.addInitScript(() => {
        const writes: string[] = [];
        (window as unknown as { langWrites: string[] }).langWrites = writes;
        // The page's own <html> only (subtree from the document, which exists before it does).
        new MutationObserver((records) =>
          records.forEach((record) => record.target === document.documentElement && writes.push(document.documentElement.lang)),
        ).observe(document, {
          attributes: true,
          attributeFilter: ['lang'],
          subtree: true,
        });
      }),
    );
    await page.waitForSelector('html[data-ready="true"]');
    // Every island has been taken over by now, and the idle-time features have had their chance.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    const langWrites = () => page.evaluate(() => (window as unknown as { langWrites: string[] }).langWrites);
    expect(await langWrites()).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await langWrites()).toEqual(['en']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
