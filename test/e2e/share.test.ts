// Links and embed code: the address reproduces the view, history steps through
// changes without flooding, garbage in the address never breaks the page, and
// the embed dialog gives working, pinned embed code.
import { describe, expect, it } from 'vitest';
import { SETTLE_MS, WRITE_MS } from '../../src/lib/state/url-sync.svelte.ts';
import { openPage, waitForApp } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

describe('links', () => {
  it('a copied link, opened fresh, shows the same view and the same totals', async () => {
    const { page, errors } = await openPage(site.browser(), site.url(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('slider', { name: 'Listade patienter' }).fill('15000');
    await page.getByRole('slider', { name: 'Listade på namngiven läkare' }).fill('0.8');
    await page.getByRole('checkbox', { name: /Socialdemokraternas handlingsplan \(2024\) — stegvis/ }).check();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    const totals = await Promise.all(['stockholm-2022', 'proposal-l-2022', 'proposal-s-2024'].map((id) => text(page.getByTestId(`total-${id}`))));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => text(page.locator('.share-status'))).toBe('The link is copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('listed=15000');
    const fresh = await openPage(site.browser(), link);
    await fresh.page.waitForSelector('html[data-ready="true"]');
    expect(await Promise.all(['stockholm-2022', 'proposal-l-2022', 'proposal-s-2024'].map((id) => text(fresh.page.getByTestId(`total-${id}`))))).toEqual(totals);
    expect(await fresh.page.getByRole('slider', { name: 'Listed on a named doctor' }).inputValue()).toBe('0.8');
    expect([...errors, ...fresh.errors]).toEqual([]);
    await page.context().close();
    await fresh.page.context().close();
  });

  it('steps back through changes, one history entry per drag, not per step', async () => {
    // The page's clock is Playwright's, so the test decides when the keys have rested (src/lib/state/url-sync.svelte.ts).
    const { page, errors } = await openPage(site.browser(), site.url(), {}, (p) => p.clock.install());
    await waitForApp(page);
    const slider = page.getByRole('slider', { name: 'Listade patienter' });
    const length = () => page.evaluate(() => history.length);
    const start = await length();
    await tabTo(page, slider);
    // The clock stands still while the keys are pressed: however slowly they arrive, they are one drag.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.clock.runFor(WRITE_MS);
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?listed=12000');
    expect(await length()).toBe(start + 1);
    // The keys rest: the drag is over, and the next change is a new step.
    await page.clock.runFor(SETTLE_MS);
    await page.clock.resume();
    await page.getByRole('checkbox', { name: /Stockholm 2026/ }).check();
    await expect.poll(length).toBe(start + 2);
    await page.goBack();
    await expect.poll(() => page.getByRole('checkbox', { name: /Stockholm 2026/ }).isChecked()).toBe(false);
    expect(await slider.inputValue()).toBe('12000');
    await page.goBack();
    await expect.poll(() => slider.inputValue()).toBe('10000');
    await expect.poll(() => text(page.getByTestId('total-stockholm-2022'))).toMatch(/^29,5 mnkr/);
    await page.goForward();
    await expect.poll(() => slider.inputValue()).toBe('12000');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the default view, clamped and cleaned, from an address full of garbage', async () => {
    const garbage =
      '/?listed=lots&named=999&doctors=-1&cmp=%3Cscript%3Ealert(1)%3C/script%3E,proposal-x-2099&base=../../etc&sweep=__proto__&theme=purple&lang=xx&embed=2&tables=%22%3E%3Cimg&open=%3Csvg&why=1&pin=a~b&%E0%A4%A=1';
    const { page, errors } = await openPage(site.browser(), site.url(garbage));
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getByRole('slider', { name: 'Listade patienter' }).inputValue()).toBe('10000');
    expect(await page.getByRole('slider', { name: 'Listade på namngiven läkare' }).inputValue()).toBe('1');
    expect(await page.getByRole('slider', { name: 'Heltidsarbetande allmänläkare' }).inputValue()).toBe('0.5');
    expect(await text(page.getByTestId('total-stockholm-2022'))).toMatch(/mnkr/);
    expect(await text(page.getByRole('alert'))).toContain('Det finns inget regelverk "proposal-x-2099"');
    // No script from the address: the one inline script is the page's own boot script (allowed by its hash).
    expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(1);
    expect(await page.locator('script:not([src]):not([type="application/json"])').textContent()).toContain('app-modules');
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the embed dialog', () => {
  it('gives copy-ready, pinned embed code that shows the chosen panels', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?listed=12000'), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.waitForSelector('html[data-ready="true"]');
    const opener = page.getByRole('button', { name: 'Bädda in' });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Bädda in den här vyn' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'Vårdcentralens reglage' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Kontinuitet' }).check();
    const code = await dialog.getByRole('textbox', { name: 'Inbäddningskod' }).inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\/\?listed=12000&amp;embed=1&amp;panels=totals,change,continuity&amp;pin=stockholm-2022~[0-9a-f]{8},proposal-l-2022~[0-9a-f]{8}" title="[^"]+" loading="lazy" width="100%" height="\d+" style="width:100%;border:0" data-vardpengen><\/iframe>\n<script src="http:\/\/[^"]+\/embed\.js" async><\/script>$/);
    await dialog.getByRole('button', { name: 'Kopiera koden' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    const link = await dialog.getByRole('textbox', { name: 'Länk till inbäddningen' }).inputValue();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Bädda in');

    const embed = await openPage(site.browser(), link);
    await embed.page.waitForSelector('html[data-ready="true"]');
    expect(await embed.page.getByRole('region', { name: 'Kontinuitet', exact: true }).count()).toBe(1);
    expect(await embed.page.getByRole('slider').count()).toBe(0);
    expect(await embed.page.getByRole('banner').count()).toBe(0);
    expect(await text(embed.page.locator('.embed-footer'))).toMatch(/regler per \d{4}-\d{2}-\d{2}/);
    expect(await embed.page.getByRole('link', { name: /Öppna hela förklaringen/ }).getAttribute('href')).toBe('/?listed=12000');
    expect([...errors, ...embed.errors]).toEqual([]);
    await page.context().close();
    await embed.page.context().close();
  });

  it('keeps showing the rules an embed was published with, and says they have changed', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?embed=1&panels=totals&pin=stockholm-2022~deadbeef'));
    await page.waitForSelector('html[data-ready="true"]');
    expect(await text(page.locator('.embed-footer'))).toContain('Reglerna har ändrats sedan publiceringen och den publicerade versionen finns inte');
    expect(await text(page.getByTestId('total-stockholm-2022'))).toMatch(/^29,5 mnkr/);
    // The failed lookup of the missing version is the only 404, and it is expected.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.context().close();
  });
});
