// The guided story in a real Chromium: both languages' pages with their seven chapters, prerendered
// numbers that the sliders change, the two guesses whose answers appear only once asked for (by
// keyboard), axe-clean, no console error, motion only when the reader allows it, the last chapter's
// link into the explainer with the story's clinic, and the page read with JavaScript off.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wcagViolations } from './support/axe.ts';
import { openPage, waitForApp } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { useSite } from './support/site.ts';

const site = useSite();
/** The visible text, spaces made plain (Intl writes non-breaking ones). */
const text = async (locator: { innerText(): Promise<string> }) => (await locator.innerText()).replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const PAGES = {
  sv: {
    path: '/steg-for-steg/',
    headings: [
      '1 Så får en vårdcentral betalt',
      '2 Vem räknas mer: ålder och vårdbehov',
      '3 Bonusen för namngiven läkare och dess tak',
      '4 Det här ändrades 2022',
      '5 Det här föreslår partierna',
      '6 Kontinuitet: samma läkare över tid',
      '7 Din tur',
    ],
    total: '29,5 mnkr',
    reveal: 'Visa svaret',
  },
  en: {
    path: '/en/step-by-step/',
    headings: [
      '1 How a clinic is paid',
      '2 Who counts more: age and care need',
      '3 The named-doctor bonus and its cap',
      '4 What changed in 2022',
      '5 What the parties propose',
      '6 Continuity: the same doctor over time',
      '7 Your turn',
    ],
    total: 'SEK 29.5m',
    reveal: 'Show the answer',
  },
} as const;

async function chapterHeadings(page: Page): Promise<string[]> {
  return (await page.locator('main h2').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
}

describe('the guided story in Chromium', () => {
  it.each(['sv', 'en'] as const)('tells the story in %s: seven chapters with the core’s numbers, axe-clean, no console error', async (language) => {
    const { path, headings, total } = PAGES[language];
    const { page, errors } = await openPage(site.browser(), site.url(path));
    // Prerendered: the numbers are there before the script has taken the page over.
    expect(await page.locator('#app').getAttribute('data-prerendered')).toBe(language);
    expect(await text(page.getByTestId('paid-figure'))).toContain(total);
    await waitForApp(page);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await chapterHeadings(page)).toEqual(headings);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('navigation').getByRole('link').count()).toBe(7);
    expect(await wcagViolations(page)).toEqual([]);
    // The other language's story, and the explainer, a link away.
    const other = language === 'sv' ? PAGES.en.path : PAGES.sv.path;
    expect(await page.locator(`header a[href="${other}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changes its numbers as the sliders move, by keyboard', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/steg-for-steg/'));
    await waitForApp(page);

    // 1. More visits: more visit pay, the same listing pay.
    const visits = page.locator('#paid').getByRole('slider', { name: 'Besök per listad patient' });
    const paid = page.getByTestId('paid-figure');
    expect(await text(paid)).toBe('Enligt Stockholm 2022 får den genomsnittliga vårdcentralen 29,5 mnkr om året. Listningsersättningen är 23,6 mnkr av det (80 %); besöken ger 3,6 mnkr.* (illustrativ)');
    await tabTo(page, visits);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await visits.inputValue()).toBe('4');
    await expect.poll(() => text(paid)).toContain('30,7 mnkr om året. Listningsersättningen är 23,6 mnkr av det (77 %); besöken ger 4,75 mnkr');
    expect(await text(paid)).toContain('Listningsersättningen är 23,6 mnkr');
    expect(await text(page.getByTestId('paid-bars'))).toContain('Besöksersättning, egna patienter 4,6 mnkr');

    // 2. A higher care-need index: more listing pay per patient.
    const need = page.locator('#who').getByRole('slider', { name: 'Vårdbehovsindex' });
    await need.focus();
    for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowRight');
    expect(await need.inputValue()).toBe('1.5');
    await expect.poll(() => text(page.getByTestId('who-figure'))).toContain('Med vårdbehovsindex 1,50 får vårdcentralen 2 950 kr');

    // 4. The share on a named doctor: at 72 % only 2021's bonus, at 75 % both.
    const share = page.locator('#changed').getByRole('slider', { name: 'Listade på namngiven läkare' });
    const rows = page.getByTestId('changed-rows');
    expect(await text(rows)).toBe('Stockholm 2021: 0 kr, inte uppnådd: kräver 70 % Stockholm 2022: 0 kr, inte uppnådd: kräver 75 %');
    await share.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect((await share.getAttribute('aria-valuetext'))?.replace(/\s/g, ' ')).toBe('72 % listade på namngiven läkare');
    await expect.poll(() => text(rows)).toBe('Stockholm 2021: 20 000 kr, uppnådd Stockholm 2022: 0 kr, inte uppnådd: kräver 75 %');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => text(rows)).toBe('Stockholm 2021: 20 000 kr, uppnådd Stockholm 2022: 40 000 kr, uppnådd');

    // 6. More doctors: fewer patients each, within the guide value at 10.
    const doctors = page.locator('#continuity').getByRole('slider', { name: 'Heltidsarbetande allmänläkare' });
    await doctors.focus();
    for (let i = 0; i < 42; i++) await page.keyboard.press('ArrowRight');
    expect(await doctors.inputValue()).toBe('10');
    await expect.poll(() => text(page.getByTestId('continuity-figure'))).toBe(
      'Med 10,0 heltidsläkare har varje läkare 1 000 listade patienter: inom Socialstyrelsens riktvärde på 1 100 per läkare.',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('hides each answer until the reader has guessed and asked, then explains the gap, by keyboard', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/en/step-by-step/'));
    await waitForApp(page);
    const body = () => page.locator('body').innerText();
    expect(await page.getByTestId('bonus-answer').count()).toBe(0);
    expect(await page.getByTestId('proposals-answer').count()).toBe(0);
    expect(await body()).not.toMatch(/Not quite|Right!|SEK 48,000|It misses|What is left of the difference/);
    expect(await page.getByRole('heading', { name: 'The answer' }).count()).toBe(0);

    // The bonus: "yes" is the guess the question invites (the cap holds), and it is wrong.
    const bonus = page.getByTestId('bonus-prediction');
    const reveal = bonus.getByRole('button', { name: 'Show the answer' });
    expect(await reveal.isDisabled()).toBe(true);
    await tabTo(page, bonus.getByRole('radio', { name: 'Yes' }));
    await page.keyboard.press('Space');
    expect(await bonus.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    expect(await body()).not.toMatch(/SEK 48,000|Not quite/);
    await page.keyboard.press('Tab');
    expect(await reveal.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const answer = page.getByTestId('bonus-answer');
    await answer.waitFor();
    await expect.poll(() => answer.getByRole('heading', { name: 'The answer' }).evaluate((el) => el === document.activeElement)).toBe(true);
    const said = await text(answer);
    expect(said).toContain('Not quite. You answered “Yes”, but the answer is “No”.');
    expect(said).toContain('No: with 12,000 patients the clinic does not earn the bonus. It would have been worth SEK 48,000 a year.');
    expect(said).toContain('listed patients per doctor is 2,069.0, at most 2,200');
    expect(said).toContain('share listed on a named doctor is 62%, needs at least 75%');
    expect(await page.getByTestId('proposals-answer').count()).toBe(0);

    // The proposal: "more" is wrong; about the same, and the range crosses zero.
    const proposals = page.getByTestId('proposals-prediction');
    await tabTo(page, proposals.getByRole('radio', { name: 'More' }));
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const second = page.getByTestId('proposals-answer');
    await second.waitFor();
    const explained = await text(second);
    expect(explained).toContain('Not quite. You answered “More”, but the answer is “About the same”.');
    expect(explained).toContain('About the same: SEK 29.5m a year against SEK 29.5m, a difference of +SEK 40,000 (+0.14%).');
    expect(explained).toContain('More for “Listing payment” reads like more money, but in this proposal it is paid for with less for “Visit pay, own patients”.');
    expect(explained).toContain('Extended opening hours: +SEK 40,000');
    expect(explained).toContain('anywhere from -SEK 490,000 to +SEK 740,000. Even its sign is unclear.');
    // axe reads colours as they are painted: once the answers have faded in.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves only when the reader allows it: the answer fades in, except with reduced motion', async () => {
    const animation = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, errors } = await openPage(site.browser(), site.url('/en/step-by-step/'), { reducedMotion });
      await waitForApp(page);
      const bonus = page.getByTestId('bonus-prediction');
      await bonus.getByRole('radio', { name: 'No' }).check();
      await bonus.getByRole('button', { name: 'Show the answer' }).click();
      const answer = page.getByTestId('bonus-answer');
      await answer.waitFor();
      expect(await text(answer)).toContain('Right! You answered “No”.');
      const found = await answer.evaluate((el) => getComputedStyle(el).animationName);
      expect(errors).toEqual([]);
      await page.context().close();
      return found;
    };
    expect(await animation('no-preference')).toBe('story-reveal');
    expect(await animation('reduce')).toBe('none');
  });

  it('opens the full explainer with the reader’s clinic from the last chapter', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/en/step-by-step/'));
    await waitForApp(page);
    const turn = page.locator('#yourTurn');
    const listed = turn.getByRole('slider', { name: 'Listed patients' });
    await tabTo(page, listed);
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    const named = turn.getByRole('slider', { name: 'Listed on a named doctor' });
    await named.focus();
    for (let i = 0; i < 18; i++) await page.keyboard.press('ArrowRight');
    const figure = page.getByTestId('your-turn-figure');
    await expect.poll(() => text(figure)).toMatch(/^Under Stockholm 2022 the clinic gets SEK 35\.\dm a year, with the named-doctor bonus\./);
    const link = page.getByRole('link', { name: 'Open the full explainer with this clinic' });
    await expect.poll(() => link.getAttribute('href')).toBe('/en/?listed=12000&named=80');
    const total = /SEK 35\.\dm/.exec(await text(figure))![0];

    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/\?listed=12000&named=80$/);
    await waitForApp(page);
    expect(await page.getByRole('slider', { name: 'Listed patients' }).inputValue()).toBe('12000');
    expect(await page.getByRole('slider', { name: 'Listed on a named doctor' }).inputValue()).toBe('0.8');
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toContain(total);
    expect(await page.getByTestId('total-proposal-l-2022').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['/', 'Ny här? Steg för steg', '/steg-for-steg/'],
    ['/en/', 'New here? Step by step', '/en/step-by-step/'],
  ])('is linked from the explainer’s lead (%s)', async (path, name, href) => {
    const { page, errors } = await openPage(site.browser(), site.url(path), { javaScriptEnabled: false });
    const link = page.locator('.intro').getByRole('link', { name });
    expect(await link.getAttribute('href')).toBe(href);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['sv', 'en'] as const)('can be read in %s with JavaScript off: chapters, numbers, and the answers behind a disclosure', async (language) => {
    const { path, headings, total, reveal } = PAGES[language];
    const { page, errors } = await openPage(site.browser(), site.url(path), { javaScriptEnabled: false });
    expect(await chapterHeadings(page)).toEqual(headings);
    expect(await text(page.getByTestId('paid-figure'))).toContain(total);
    expect(await text(page.getByTestId('who-bars'))).toMatch(language === 'sv' ? /75 år och äldre 3 733 kr/ : /75 and over SEK 3,733/);
    // Each guess cannot be checked without a script; its answer waits in a closed disclosure.
    const answers = page.locator('details.story-answer');
    expect(await answers.count()).toBe(2);
    expect(await answers.first().evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByRole('button', { name: reveal }).first().isDisabled()).toBe(true);
    await answers.first().locator('summary').click();
    expect(await text(answers.first())).toContain(language === 'sv' ? '48 000 kr' : 'SEK 48,000');
    expect(await page.getByRole('link', { name: language === 'sv' ? 'Öppna hela förklaringen med den här vårdcentralen' : 'Open the full explainer with this clinic' }).getAttribute('href')).toBe(
      language === 'sv' ? '/' : '/en/',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
