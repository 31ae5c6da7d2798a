// "Year by year" in a real Chromium: a figure chosen and a slider moved with
// the keyboard alone, the line's table following; the prerendered section
// (ranges included) hydrated without a change; the address; the embed panel;
// axe in light and dark.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wcagViolations } from './support/axe.ts';
import { openPage, waitForApp } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
/** A table row's cells, each as text, joined by " | ". */
const cells = async (row: Locator) => (await row.locator('th, td').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim()).join(' | ');

describe('year by year in Chromium', () => {
  it('chooses a figure and moves a slider with the keyboard; the table of the line follows', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/en/'));
    await waitForApp(page);
    const section = page.getByRole('region', { name: 'Year by year' });
    const history = section.getByTestId('years-history-table');
    expect(await text(history.locator('caption'))).toBe('Named-doctor bonus per listed patient, year by year');

    // The figure: Tab to the list, one step down.
    const figure = section.getByRole('combobox', { name: 'Follow a figure' });
    await tabTo(page, figure, 300);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => text(history.locator('caption'))).toBe('Target share listed on a named doctor, year by year');
    expect(await cells(history.locator('tr[data-rule-set="stockholm-2022"]'))).toMatch(/^2022 \| 75% changed from 70% Source “Höjt mål/);
    expect(await cells(history.locator('tr[data-rule-set="stockholm-2025"]'))).toBe('2025 | 75% Source as in 2022');
    await expect.poll(() => new URL(page.url()).searchParams.get('history')).toBe('target');

    // The table instead of the chart: Shift+Tab back to its button.
    const toggle = section.getByRole('button', { name: 'Show as table' });
    for (let i = 0; i < 5 && !(await toggle.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    const table = section.getByTestId('years-pay-table');
    await table.waitFor();
    const row2022 = table.locator('tr[data-rule-set="stockholm-2022"]');
    const total2022 = () => text(row2022.locator('td').first());
    const range2019 = () => text(table.locator('tr[data-rule-set="stockholm-2019"] td').last());
    const before = await total2022();
    // The same total as the page's own card for the baseline, 2022.
    const card = async () => (await text(page.getByTestId('total-stockholm-2022'))).split('*')[0];
    expect(before.split('*')[0]).toBe(await card());
    await expect.poll(range2019).toMatch(/^SEK [\d.]+–[\d.]+m$/);

    // A clinic slider, by keyboard: the line's totals follow, and the ranges are worked out again.
    const listed = page.getByRole('slider', { name: 'Listed patients' });
    await listed.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    expect(await listed.inputValue()).toBe('12000');
    await expect.poll(total2022).not.toBe(before);
    await expect.poll(async () => (await total2022()).split('*')[0]).toBe(await card());
    await expect.poll(range2019).toMatch(/^SEK [\d.]+–[\d.]+m$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is prerendered with its totals and ranges, and taking it over changes none of it', async () => {
    for (const [path, heading, absent] of [
      ['/', 'År för år', 'finns inte i källorna för det här året'],
      ['/en/', 'Year by year', 'not in the sources for this year'],
    ]) {
      const html = await (await fetch(site.url(path))).text();
      expect(html).toContain(`>${heading}</h2>`);
      expect(html).toContain(absent);
      expect(html.match(/class="years-point"/g)).toHaveLength(8 + 1); // the eight years, and the legend's key
      expect(html.match(/class="years-whisker"/g)?.length).toBeGreaterThanOrEqual(3 * 12);
    }
    const { page, errors } = await openPage(site.browser(), site.url('/en/'), {}, (p) =>
      p.addInitScript(() =>
        addEventListener('DOMContentLoaded', () => {
          const island = document.querySelector('[data-island="years"]')!;
          (window as unknown as { __years: unknown }).__years = { text: island.textContent, whiskers: island.querySelectorAll('.years-whisker').length };
        }),
      ),
    );
    await waitForApp(page);
    const prerendered = await page.evaluate(() => (window as unknown as { __years: { text: string; whiskers: number } }).__years);
    expect(prerendered.whiskers).toBeGreaterThanOrEqual(3 * 12);
    // Read in the same task as a click that only a taken-over section answers: so it is read after hydrating.
    const taken = await page.evaluate(async () => {
      const island = document.querySelector('[data-island="years"]')!;
      const read = { text: island.textContent, whiskers: island.querySelectorAll('.years-whisker').length };
      island.querySelector<HTMLButtonElement>('.panel-heading-row button')!.click();
      await Promise.resolve();
      return { read, answered: !!island.querySelector('table[data-testid="years-pay-table"]') };
    });
    expect(taken).toEqual({ read: prerendered, answered: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reopens the figure and the table from the address, and is an embed panel of its own', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/en/?embed=1&panels=years&history=cap&tables=years'));
    await waitForApp(page);
    const section = page.getByRole('region', { name: 'Year by year' });
    expect(await section.getByRole('combobox', { name: 'Follow a figure' }).inputValue()).toBe('cap');
    expect(await cells(section.getByTestId('years-history-table').locator('tr[data-rule-set="stockholm-2022"]'))).toMatch(/^2022 \| 2,200 changed from 2,300 Source “Tak för antal/);
    expect(await section.getByTestId('years-pay-table').locator('tbody tr[data-rule-set]').count()).toBe(12);
    expect(await page.getByRole('region', { name: 'The whole region' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['/en/?tables=years&history=budget', 'the full page in English with the table'],
    ['/?embed=1&panels=years', 'an embed in Swedish'],
  ])('has no WCAG 2.1 A/AA violation: %s (%s)', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage(site.browser(), site.url(path), { colorScheme });
      await waitForApp(page);
      await page.getByRole('heading', { name: /^(Year by year|År för år)$/ }).waitFor();
      expect(await wcagViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
