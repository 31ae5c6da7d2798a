// "Predict, then reveal" in a real Chromium: a teacher's link shows the question and keeps every result
// out of the page until the student has chosen and asked for the answer, by keyboard alone; the teacher's
// link maker copies a link that does exactly that.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wcagViolations as violations } from './support/axe.ts';
import { openPage } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

/** Nothing that gives the answer away, in the rendered text or anywhere in the DOM (where a screen reader could find it). */
async function expectNoResults(page: Page) {
  const html = await page.content();
  expect(html).not.toMatch(/mnkr|\d\s?kr\b/);
  expect(html).not.toContain('data-testid="total-');
  expect(html).not.toContain('data-testid="live-summary"');
  expect(await page.locator('body').innerText()).not.toMatch(/mnkr/);
  for (const name of ['Ersättning per år', 'Var skillnaden kommer ifrån', 'Kontinuitet']) {
    expect(await page.getByRole('region', { name }).count(), name).toBe(0);
  }
}

async function ready(page: Page) {
  await page.waitForSelector('html[data-ready="true"]');
}

describe('a predict link in Chromium', () => {
  it('asks before it tells: the answer and the results only after a choice and the reveal, by keyboard', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?predict=pay'));
    const group = page.getByRole('group', { name: /^Får vårdcentralen mer eller mindre betalt enligt ”Liberalernas förslag/ });
    await group.waitFor();
    await ready(page);
    await expectNoResults(page);
    const reveal = page.getByRole('button', { name: 'Visa svaret' });
    expect(await reveal.isDisabled()).toBe(true);
    expect(await text(page.getByRole('region', { name: 'Gissa först' }))).toContain('10 000 listade patienter');

    // Into the radio group with Tab, pick with the arrow keys (which check as they move), on to the button.
    const more = page.getByRole('radio', { name: 'Mer' });
    await tabTo(page, more);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Mindre' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await more.isChecked()).toBe(true);
    expect(await reveal.isDisabled()).toBe(false);
    await expectNoResults(page);
    await page.keyboard.press('Tab');
    expect(await reveal.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { name: 'Svaret' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const answer = page.getByTestId('predict-answer');
    // Liberalerna's shift is budget-neutral: for the average clinic the pay is about the same.
    expect(await text(answer)).toContain('Inte riktigt. Du svarade ”Mer”, men rätt svar är ”Ungefär lika mycket”.');
    expect(await text(answer)).toMatch(/får vårdcentralen 29,5 mnkr om året och enligt ”Stockholm 2022” 29,5 mnkr\. Skillnaden är bara \+40 000 kr/);
    expect(await text(answer)).toContain('Listningsersättning: +1,48 mnkr');
    expect(await text(page.getByTestId('predict-announcement'))).toMatch(/^Inte riktigt\. Du svarade ”Mer”/);
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^29,5 mnkr/);
    // The clinic's panel is mounted in a task of its own once the results are shown.
    await expect.poll(() => page.getByRole('slider', { name: 'Listade patienter' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('predict')).toBe('pay');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['/fraga/?predict=pay', '/en/question/?predict=bonus'])(
    'serves %s without any prerendered result, so nothing shows before the app asks',
    async (path) => {
      const { page, errors } = await openPage(site.browser(), site.url(path), { javaScriptEnabled: false });
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body).not.toMatch(/mnkr|SEK/);
      expect(await page.locator('#app').evaluate((app) => app.childElementCount)).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('works in an embed: the question in place of the panels until revealed', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?embed=1&panels=totals,continuity&predict=bonus'));
    const group = page.getByRole('group', { name: /^Får vårdcentralen bonusen för namngiven läkare enligt/ });
    await group.waitFor();
    await ready(page);
    await expectNoResults(page);
    await tabTo(page, page.getByRole('radio', { name: 'Ja' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Nej' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const answer = page.getByTestId('predict-answer');
    await answer.waitFor();
    expect(await text(answer)).toContain('Rätt! Du svarade ”Nej”.');
    expect(await text(answer)).toContain('Det här fattas: andel listade på namngiven läkare är 62 %, kräver minst 80 %');
    await page.getByRole('region', { name: 'Ersättning per år' }).waitFor();
    // The continuity panel's code and strings load when it is shown: wait for it, then check there is one.
    await page.getByRole('heading', { name: 'Kontinuitet', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Kontinuitet', exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets a teacher copy a link for the current scenario that opens as a question', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?listed=12000'));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url('/').replace(/\/$/, '') });
    await ready(page);
    const summary = page.getByText('För lärare: gör en fråga');
    await tabTo(page, summary, 200);
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: 'Länk till frågan' });
    await field.waitFor();
    // The link opens the question page, which is never prerendered with a result.
    expect(await field.inputValue()).toBe(site.url('/fraga/?listed=12000&predict=pay'));
    await page.getByRole('radio', { name: /^Får vårdcentralen bonusen/ }).check();
    const link = site.url('/fraga/?listed=12000&predict=bonus');
    expect(await field.inputValue()).toBe(link);
    await page.getByRole('button', { name: 'Kopiera länken' }).press('Enter');
    await expect.poll(() => text(page.getByRole('status').filter({ hasText: 'kopierad' }))).toBe('Länken är kopierad.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const student = await page.context().newPage();
    await student.goto(link);
    await student.getByRole('group', { name: /bonusen för namngiven läkare/ }).waitFor();
    await expectNoResults(student);
    expect(await text(student.getByRole('region', { name: 'Gissa först' }))).toContain('12 000 listade patienter');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no WCAG 2.1 A/AA violation before or after the reveal, nor in the teacher tool (%s)', async (colorScheme) => {
    const { page, errors } = await openPage(site.browser(), site.url('/?predict=pay'), { colorScheme });
    await page.getByRole('group', { name: /mer eller mindre betalt/ }).waitFor();
    await ready(page);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Mer' }).check();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Visa svaret' }).click();
    await page.getByTestId('total-stockholm-2022').waitFor();
    const tool = page.locator('details.predict-teacher');
    await tool.locator('summary').click();
    await page.getByRole('textbox', { name: 'Länk till frågan' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lays out at 375 px and 1280 px before and after the reveal, without sideways scrolling', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const width of [375, 1280]) {
      const { page, errors } = await openPage(site.browser(), site.url('/?predict=pay'), { viewport: { width, height: 900 } });
      await page.getByRole('group', { name: /mer eller mindre betalt/ }).waitFor();
      await ready(page);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow(), `before, ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/predict-${width}-before.png`, fullPage: true });
      await page.getByRole('radio', { name: 'Mindre' }).check();
      await page.getByRole('button', { name: 'Visa svaret' }).click();
      await page.getByTestId('total-stockholm-2022').waitFor();
      expect(await overflow(), `after, ${width}px`).toBeLessThanOrEqual(0);
      await page.getByRole('region', { name: 'Gissa först' }).screenshot({ path: `test-results/predict-${width}-after.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
