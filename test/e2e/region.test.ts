// The whole region and "What would it take" in a real Chromium: the GP slider
// moved with the keyboard alone, the answer sentence, the address, the
// prerendered markup, the embed panel and axe, in both languages.
import { describe, expect, it } from 'vitest';
import { wcagViolations } from './support/axe.ts';
import { openPage, waitForApp } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

describe('the whole region in Chromium', () => {
  it('moves the GP slider with the keyboard and answers in a sentence; says what it would take for the clinic', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/en/'));
    await waitForApp(page);
    const region = page.getByRole('region', { name: 'The whole region' });
    const answer = region.getByTestId('region-answer');
    expect(await text(answer)).toBe('With 1,240 GPs, about 55% of residents could have a named GP at 1,100 each.');
    const slider = region.getByRole('slider', { name: 'Full-time GPs in the county' });
    await tabTo(page, slider, 400);
    for (let i = 0; i < 36; i++) await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('1600');
    expect(await slider.getAttribute('aria-valuetext')).toBe('1,600 GPs');
    await expect.poll(() => text(answer)).toBe('With 1,600 GPs, about 71% of residents could have a named GP at 1,100 each.');
    await page.keyboard.press('End');
    await expect.poll(() => text(answer)).toBe('With 3,000 GPs, every resident could have a named GP at 1,100 each: 2,249 would be enough.');
    await expect.poll(() => new URL(page.url()).searchParams.get('gps')).toBe('3000');

    const takes = page.getByTestId('takes-stockholm-2022');
    expect(await text(takes)).toMatch(
      /^To earn the bonus under Stockholm 2022, this clinic needs 75% of its patients on a named doctor \(now 62%\) and at most 2,200 per doctor \(now 1,724\): it would get SEK.40,000 a year, [\d.]+% of its total pay\./,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reopens the GPs and the year from the address, and is in the prerendered page before any script runs', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?gps=1600&year=2030&tables=region'));
    await waitForApp(page);
    const region = page.getByRole('region', { name: 'Hela regionen' });
    await expect.poll(() => text(region.getByTestId('region-answer'))).toMatch(/^Med 1\s600 allmänläkare skulle ungefär 71\s% av invånarna/);
    expect(await region.getByRole('slider', { name: 'År' }).inputValue()).toBe('2030');
    expect(await text(region.getByRole('table', { name: /Socialdemokraternas plan år för år/ }))).toContain('2034');
    expect(errors).toEqual([]);
    await page.context().close();

    for (const [path, heading, sentence, takes] of [
      ['/', 'Hela regionen', 'Med 1 240 allmänläkare skulle ungefär 55 % av invånarna', 'För att få bonusen enligt Stockholm 2022 behöver mottagningen 75 %'],
      ['/en/', 'The whole region', 'With 1,240 GPs, about 55% of residents', 'To earn the bonus under Stockholm 2022, this clinic needs 75%'],
    ]) {
      const html = (await (await fetch(site.url(path))).text()).replace(/&nbsp;|\u00a0|\u202f/g, ' ');
      expect(html).toContain(heading);
      expect(html).toContain(sentence);
      expect(html).toContain(takes);
    }
  });

  it('is an embed panel of its own', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/en/?embed=1&panels=region'));
    await waitForApp(page);
    const region = page.getByRole('region', { name: 'The whole region' });
    await expect.poll(() => text(region.getByTestId('region-answer'))).toContain('about 55% of residents');
    expect(await page.getByRole('region', { name: 'Continuity' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['/en/?tables=region', 'the full page in English with the tables'],
    ['/?embed=1&panels=region,continuity', 'an embed in Swedish'],
  ])('has no WCAG 2.1 A/AA violation: %s (%s)', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage(site.browser(), site.url(path), { colorScheme });
      await waitForApp(page);
      await page.getByRole('heading', { name: /The whole region|Hela regionen/ }).waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await wcagViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
