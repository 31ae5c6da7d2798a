// The teachers' page in a real Chromium: both languages prerendered with the lesson plans' answers and
// the generated parameter table, axe-clean, no console error and no other host; the link builder
// driven by keyboard alone builds a link that opens the explainer locked and in projector mode; the
// print buttons print just their sheet.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wcagViolations } from './support/axe.ts';
import { openPage, waitForApp } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { innerText(): Promise<string> }) => (await locator.innerText()).replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const PAGES = {
  sv: { path: '/larare/', heading: 'För lärare: Vårdpengen på en lektion', total: '29,5 mnkr', bonus: '40 000 kr', print: ['Skriv ut frågorna', 'Skriv ut facit'] },
  en: { path: '/en/teachers/', heading: 'For teachers: Vårdpengen in one lesson', total: 'SEK 29.5m', bonus: 'SEK 40,000', print: ['Print questions', 'Print answer key'] },
} as const;

/** Replaces window.print, which would open the print dialog, with a record of what was asked to print. */
const recordPrinting = (page: Page) =>
  page.addInitScript(() => {
    (window as unknown as { printed: string[] }).printed = [];
    window.print = () => (window as unknown as { printed: string[] }).printed.push(document.documentElement.dataset.printPart ?? '(all)');
  });

describe('the teachers’ page in Chromium', () => {
  it.each(['sv', 'en'] as const)('renders in %s: three lesson plans with answers from the core, the parameter table, axe-clean', async (language) => {
    const { path, heading, total, bonus, print } = PAGES[language];
    const { page, errors, requests } = await openPage(site.browser(), site.url(path));
    // Prerendered: the answers are in the page before any script runs.
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await text(page.locator('h1'))).toBe(heading);
    await waitForApp(page);
    const plans = page.getByTestId('lesson-plan');
    expect(await plans.count()).toBe(3);
    const first = plans.first();
    expect(await text(first.locator('.sheet-answers'))).toContain(total);
    expect(await text(first.locator('.sheet-answers'))).toContain(bonus);
    for (let i = 0; i < 3; i++) {
      const plan = plans.nth(i);
      expect(await plan.locator('.sheet-questions li').count()).toBeGreaterThanOrEqual(4);
      expect(await plan.locator('.sheet-answers li').count()).toBe(await plan.locator('.sheet-questions li').count());
      for (const label of print) expect(await plan.getByRole('button', { name: label }).isEnabled()).toBe(true);
    }
    // The predict-then-reveal links and the table of every parameter, with what the builder adds.
    expect(await page.locator(`a[href$="?predict=pay"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`a[href$="?predict=bonus"]`).count()).toBeGreaterThan(0);
    const keys = await page.locator('[data-testid="params-table"] tbody th').allInnerTexts();
    for (const key of ['embed', 'panels', 'lang', 'theme', 'predict', 'base', 'cmp', 'lock', 'projector', 'listed', 'named', 'doctors']) expect(keys).toContain(key);
    // The QR code is drawn in the page.
    expect(await page.locator('[data-testid="qr"] path').getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(await page.getByTestId('built-link').inputValue()).toMatch(new RegExp(`^${site.url('/').replace(/[.?]/g, '\\$&')}`));
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(site.url('/')))).toEqual([]);
    await page.context().close();
  });

  it('is axe-clean at phone width, the parameter table one block per parameter', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/larare/'), { viewport: { width: 375, height: 800 } });
    await waitForApp(page);
    expect(await page.locator('.params-table tr').last().evaluate((row) => getComputedStyle(row).display)).toBe('block');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('builds a link by keyboard that opens the explainer locked and in projector mode', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/en/teachers/'));
    await waitForApp(page);
    const link = page.getByTestId('built-link');
    expect(await link.inputValue()).toBe(site.url('/en/?lock=1&projector=1'));
    // An example clinic, then its listed patients, then a comparison: all by keyboard.
    const preset = page.locator('#builder-preset');
    await tabTo(page, preset);
    await page.keyboard.press('ArrowDown');
    expect(await preset.inputValue()).toBe('innerCity');
    await tabTo(page, page.locator('#builder-listedPatients'));
    expect(await page.locator('#builder-listedPatients').inputValue()).toBe('14000');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12000');
    await page.keyboard.press('Tab');
    const comparison = page.locator('input[name="cmp"][value="stockholm-2026"]');
    await tabTo(page, comparison);
    await page.keyboard.press('Space');
    expect(await comparison.isChecked()).toBe(true);
    const built = await link.inputValue();
    expect(built).toContain('listed=12000');
    // In the order the form lists them (the explainer reads any order).
    expect(built).toContain('cmp=stockholm-2026,proposal-l-2022');
    expect(built).toMatch(/&lock=1&projector=1$/);
    expect(await page.locator('[data-testid="qr"] path').getAttribute('d')).toMatch(/^M/);

    await tabTo(page, page.getByTestId('open-built-link'));
    await Promise.all([page.waitForURL(built), page.keyboard.press('Enter')]);
    await waitForApp(page);
    const html = page.locator('html');
    expect(await html.getAttribute('data-projector')).toBe('');
    expect(await html.getAttribute('data-lock')).toBe('');
    // The scenario as built, every input of the clinic and the rules disabled, and the page says so.
    expect(await page.locator('#baseline-select').isDisabled()).toBe(true);
    const inputs = page.locator('.panel.clinic input, .panel.clinic button, .panel.rules input, .panel.rules select');
    expect(await inputs.count()).toBeGreaterThan(10);
    expect(await page.locator('.panel.clinic input:enabled, .panel.clinic button:enabled, .panel.rules input:enabled, .panel.rules select:enabled').count()).toBe(0);
    await page.getByTestId('lock-notice').waitFor();
    expect(await text(page.getByTestId('lock-notice'))).toBe('The teacher has locked the controls.');
    // Projector mode: larger type, and nothing sticky.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    expect(await page.locator('.area-clinic').evaluate((element) => getComputedStyle(element).position)).toBe('static');
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('locks an embed of the clinic and the rules too, and says so in Swedish', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?embed=1&panels=clinic,rules&lock=1'));
    await waitForApp(page);
    expect(await page.locator('html').getAttribute('data-lock')).toBe('');
    expect(await page.locator('html').getAttribute('data-projector')).toBeNull();
    expect(await text(page.getByTestId('lock-notice'))).toBe('Reglagen är låsta av läraren.');
    expect(await page.locator('.panel.clinic input:enabled, .panel.rules select:enabled, .panel.rules input:enabled').count()).toBe(0);
    expect(await page.locator('.panel.clinic input').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is linked from the explainer’s footer in each language', async () => {
    for (const [path, target] of [['/', '/larare/'], ['/en/', '/en/teachers/']] as const) {
      const { page } = await openPage(site.browser(), site.url(path));
      await waitForApp(page);
      const link = page.locator(`footer a[href="${target}"]`);
      await link.waitFor();
      await Promise.all([page.waitForURL(site.url(target)), link.click()]);
      expect(await page.locator('html').getAttribute('lang')).toBe(path === '/' ? 'sv' : 'en');
      await page.context().close();
    }
  });

  it('prints just the sheet a print button is for', async () => {
    const { page } = await openPage(site.browser(), site.url('/larare/'), {}, recordPrinting);
    await waitForApp(page);
    const plan = page.locator('#plan-proposals');
    await plan.getByRole('button', { name: 'Skriv ut facit' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['answers-proposals']);
    await page.emulateMedia({ media: 'print' });
    const visibility = async (selector: string) => ((await page.locator(selector).isVisible()) ? 'visible' : 'hidden');
    expect(await visibility('#answers-proposals')).toBe('visible');
    expect(await visibility('#answers-proposals li >> nth=0')).toBe('visible');
    expect(await visibility('#questions-proposals')).toBe('hidden');
    expect(await visibility('#answers-incentives')).toBe('hidden');
    expect(await visibility('h1')).toBe('hidden');
    expect(await visibility('.site-footer')).toBe('hidden');
    // Nothing else takes room on the paper: the page's content is as tall as the sheet.
    const [pageHeight, sheetHeight] = await page.evaluate(() => [document.body.getBoundingClientRect().height, document.getElementById('answers-proposals')!.getBoundingClientRect().height]);
    expect(pageHeight).toBeLessThan(sheetHeight + 200);
    // After printing, the whole page prints again (Ctrl+P).
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await visibility('h1')).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
    await plan.getByRole('button', { name: 'Skriv ut frågorna' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['answers-proposals', 'questions-proposals']);
    expect(await visibility('#questions-proposals')).toBe('visible');
    expect(await visibility('#answers-proposals')).toBe('hidden');
    await page.context().close();
  });
});
