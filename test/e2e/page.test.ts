// A visitor's journeys through the built page in a real Chromium:
// keyboard-only sliders, language switch, comparisons, no console errors.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

describe('the explainer page in Chromium', () => {
  it('loads in Swedish with real numbers and no console errors', async () => {
    const { page, errors } = await openPage(site.browser(), site.url());
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^29,5 mnkr/);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await text(page.getByRole('heading', { level: 1 }))).toContain('Vad skulle din vårdcentral få betalt');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('operates a slider with the keyboard alone', async () => {
    const { page, errors } = await openPage(site.browser(), site.url());
    await waitForApp(page);
    const slider = page.getByRole('slider', { name: 'Listade patienter' });
    await tabTo(page, slider);
    const before = await text(page.getByTestId('total-stockholm-2022'));
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('11000');
    expect(await slider.getAttribute('aria-valuetext')).toBe('11\u00a0000 listade patienter');
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).not.toBe(before);
    await page.keyboard.press('End');
    expect(await slider.inputValue()).toBe('40000');
    await page.keyboard.press('Home');
    expect(await slider.inputValue()).toBe('500');
    const share = page.getByRole('slider', { name: 'Listade på namngiven läkare' });
    await tabTo(page, share);
    for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowUp');
    expect(await share.inputValue()).toBe('0.76');
    await expect.poll(() => text(page.getByTestId('bonus-stockholm-2022'))).toBe('uppnådd');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to English with the keyboard and keeps every input', async () => {
    const { page, errors } = await openPage(site.browser(), site.url());
    await waitForApp(page);
    const slider = page.getByRole('slider', { name: 'Listade patienter' });
    await tabTo(page, slider);
    await page.keyboard.press('PageUp');
    const value = await slider.inputValue();
    await tabTo(page, page.getByRole('button', { name: 'English' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('slider', { name: 'Listed patients' }).inputValue()).toBe(value);
    expect(await text(page.getByRole('heading', { level: 1 }))).toContain('What would your clinic be paid');
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^SEK \d/);
    await page.getByRole('button', { name: 'Svenska' }).press('Enter');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getByRole('slider', { name: 'Listade patienter' }).inputValue()).toBe(value);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compares rule sets chosen with the keyboard', async () => {
    const { page, errors } = await openPage(site.browser(), site.url());
    await waitForApp(page);
    const s2026 = page.getByRole('checkbox', { name: /Stockholm 2026/ });
    await tabTo(page, s2026);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('total-stockholm-2026').count()).toBe(1);
    expect(await text(page.getByTestId('total-stockholm-2026'))).toMatch(/mnkr/);
    const changed = page.getByRole('region', { name: 'Vad som ändrades i reglerna' });
    expect(await text(changed)).toContain('Från Stockholm 2022 till Stockholm 2026');
    await page.getByRole('combobox', { name: 'Utgångspunkt' }).selectOption('stockholm-2021');
    await expect.poll(() => page.getByTestId('total-stockholm-2021').count()).toBe(1);
    // text() folds the non-breaking spaces Intl puts before "%" into plain spaces.
    expect(await text(changed)).toContain('Mål för andel listade på namngiven läkare: 70 % → 75 %.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws both charts once scrolled into view, with their text alternatives', async () => {
    const { page, errors } = await openPage(site.browser(), site.url());
    await waitForApp(page);
    for (const name of ['Vad ersättningen består av', 'Tänk om en sak ändrades?']) {
      const region = page.getByRole('region', { name });
      await region.scrollIntoViewIfNeeded();
      await expect.poll(() => region.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && !!c.getContext('2d'))).toBe(true);
      expect(await region.getByRole('img').getAttribute('aria-label')).toBeTruthy();
      await region.getByRole('button', { name: 'Visa som tabell' }).click();
      expect(await region.getByRole('table').first().isVisible()).toBe(true);
    }
    const cliffs = await text(page.locator('.cliffs'));
    expect(cliffs).toContain('Stockholm 2022: från 75 % gäller ”Bonus för namngiven läkare”: +40 000 kr om året.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lays out from a 320 px phone to 1280 px, light and dark, without sideways scrolling', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const width of [320, 375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, errors } = await openPage(site.browser(), site.url(), { viewport: { width, height: 900 }, colorScheme });
        await page.getByTestId('total-stockholm-2022').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways overflow at ${width}px`).toBeLessThanOrEqual(0);
        // The totals ride along under the sliders on a phone only; beside them on a wide screen they would repeat.
        await waitForApp(page);
        expect(await page.locator('.mini-totals').isVisible(), `mini totals at ${width}px`).toBe(width < 960);
        await page.screenshot({ path: `test-results/page-${width}-${colorScheme}.png`, fullPage: true });
        expect(errors).toEqual([]);
        await page.context().close();
      }
    }
  });
});
