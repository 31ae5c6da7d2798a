// Robustness that goes with lazy loading: a chunk that cannot be fetched (gone
// after a deploy, a dropped connection) is said in words, what it leaves on
// the page is marked as not current, and trying again brings it back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

/** Answers every request for a chunk whose file name starts with `name` with a 404, until `lift` is called. */
async function breakChunk(page: Page, name: string): Promise<{ lift: () => Promise<void>; failed: () => number }> {
  let failures = 0;
  const pattern = new RegExp(`/assets/${name}-[^/]+\\.js$`);
  const handler = (route: import('playwright-core').Route) => {
    failures++;
    return route.fulfill({ status: 404, body: 'gone' });
  };
  await page.route(pattern, handler);
  return { lift: () => page.unroute(pattern, handler), failed: () => failures };
}

describe('when a chunk cannot be loaded', () => {
  it('says so when the app itself cannot be loaded, and starts on trying again', async () => {
    let broken!: Awaited<ReturnType<typeof breakChunk>>;
    const { page, errors } = await openPage(site.browser(), site.url('/en/'), {}, async (p) => (broken = await breakChunk(p, 'app')));
    const notice = page.getByRole('alert').filter({ hasText: 'code could not be loaded' });
    await notice.waitFor();
    expect(broken.failed()).toBeGreaterThan(0);
    expect(await text(notice.locator('p'))).toBe('The page’s code could not be loaded, so its controls do not work.');
    expect(await page.locator('html[data-ready]').count()).toBe(0);
    await broken.lift();
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Try again' }).click()]);
    await waitForApp(page);
    expect(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).toBe(0);
    const unexpected = errors.filter((e) => !/404|could not be loaded|Failed to fetch dynamically imported module|Failed to load resource/.test(e));
    expect(unexpected).toEqual([]);
    await page.context().close();
  });

  it('says so above a panel whose code is missing, marks its prerendered numbers as not current, and recovers on trying again', async () => {
    let broken!: Awaited<ReturnType<typeof breakChunk>>;
    const { page, errors } = await openPage(site.browser(), site.url('/'), {}, async (p) => (broken = await breakChunk(p, 'ContinuityPanel')));
    await waitForApp(page);
    expect(broken.failed()).toBeGreaterThan(0);
    const island = page.locator('.island[data-island="continuity"]');
    expect(await island.getAttribute('data-failed')).toBe('true');
    const notice = page.getByRole('alert').filter({ hasText: 'Den här delen av sidan kunde inte laddas' });
    expect(await text(notice)).toContain('följer inte dina ändringar');
    // The rest of the page works: the totals follow a slider.
    const total = page.getByTestId('total-stockholm-2022');
    const before = await text(total);
    await page.getByRole('slider', { name: 'Listade patienter' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => text(total)).not.toBe(before);
    // The connection is back: trying again brings the panel.
    await broken.lift();
    await notice.getByRole('button', { name: 'Försök igen' }).click();
    await waitForApp(page);
    expect(await page.locator('.island[data-island="continuity"]').getAttribute('data-failed')).toBeNull();
    expect(await page.getByRole('alert').filter({ hasText: 'kunde inte laddas' }).count()).toBe(0);
    // The address kept the state through the reload.
    expect(new URL(page.url()).searchParams.get('listed')).toBe('10100');
    const unexpected = errors.filter((e) => !/404|could not be loaded|Failed to fetch dynamically imported module|Failed to load resource/.test(e));
    expect(unexpected).toEqual([]);
    await page.context().close();
  });

  it('says so where a chart would be, keeps its table, and draws it on trying again', async () => {
    let broken!: Awaited<ReturnType<typeof breakChunk>>;
    const { page, errors } = await openPage(site.browser(), site.url('/en/'), {}, async (p) => (broken = await breakChunk(p, 'chart-setup')));
    await waitForApp(page);
    const region = page.getByRole('region', { name: 'What the pay is made of' });
    await region.scrollIntoViewIfNeeded();
    const notice = region.getByRole('alert');
    await notice.waitFor();
    expect(await text(notice)).toContain('The chart could not be loaded. The table has the same numbers.');
    await broken.lift();
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => region.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.width > 0 && canvas.hasAttribute('style')), { timeout: 15_000 }).toBe(true);
    expect(await region.getByRole('alert').count()).toBe(0);
    const unexpected = errors.filter((e) => !/404|Failed to fetch dynamically imported module|Failed to load resource/.test(e));
    expect(unexpected).toEqual([]);
    await page.context().close();
  });

  it('says so above the totals when the rules engine cannot be loaded, keeps the numbers it has without changing them, and recovers on trying again', async () => {
    // json-rules-engine's chunk (src/lib/engine/decide.ts): the first view does not need it (its verdicts
    // come with the page), so the page opens as usual; the first change that needs a new verdict does.
    let broken!: Awaited<ReturnType<typeof breakChunk>>;
    const { page, errors } = await openPage(site.browser(), site.url('/'), {}, async (p) => (broken = await breakChunk(p, 'decide')));
    await waitForApp(page);
    const total = page.getByTestId('total-stockholm-2022');
    expect(await text(total)).toMatch(/^29,5 mnkr/);
    const notice = page.getByRole('alert').filter({ hasText: 'kunde inte laddas' });
    expect(await notice.count()).toBe(0);
    // The 2022 rules' pay per listed patient, in whole kronor (the named-doctor bonus moves it).
    const perPatient = page.locator('.total-card[data-rule-set="stockholm-2022"] .total-per-patient');
    const before = await text(perPatient);
    // The named-doctor share is read by the rules' conditions: a new verdict is needed, and cannot be had.
    await page.getByRole('slider', { name: 'Listade på namngiven läkare' }).focus();
    for (let step = 0; step < 20; step++) await page.keyboard.press('ArrowRight');
    await notice.waitFor();
    expect(broken.failed()).toBeGreaterThan(0);
    expect(await text(notice)).toContain('följer inte dina ändringar');
    expect(await text(perPatient)).toBe(before);
    // Nor can the ranges beside the totals be worked out for the new share: the page says so where they were.
    await expect.poll(() => text(page.getByTestId('range-stockholm-2022'))).toBe('Spannet kunde inte räknas fram: en del av sidans kod kunde inte laddas.');
    // The address has the share (it follows the inputs once they rest).
    await expect.poll(() => new URL(page.url()).searchParams.get('named')).toBe('82');
    // The connection is back: trying again reloads the page as the address has it, and the numbers follow.
    await broken.lift();
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Försök igen' }).click()]);
    await waitForApp(page);
    expect(new URL(page.url()).searchParams.get('named')).toBe('82');
    expect(await page.getByRole('alert').filter({ hasText: 'kunde inte laddas' }).count()).toBe(0);
    await expect.poll(() => text(perPatient)).not.toBe(before);
    const unexpected = errors.filter((e) => !/404|results could not be worked out|ranges could not be worked out|Failed to fetch dynamically imported module|Failed to load resource/.test(e));
    expect(unexpected).toEqual([]);
    await page.context().close();
  });
});
