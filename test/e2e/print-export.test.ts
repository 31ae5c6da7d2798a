// The classroom tools in a real Chromium: the page printed as a worksheet (no controls, every table, the
// inputs in words, the explanations open, the address), the CSV of the current numbers, and charts as PNG.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: Locator) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** How many of the matched elements are visible. */
const visibleCount = (locator: Locator) => locator.evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).checkVisibility()).length);

async function drawCharts(page: Page) {
  for (const name of ['Vad ersättningen består av', 'Tänk om en sak ändrades?']) {
    const region = page.getByRole('region', { name });
    await region.scrollIntoViewIfNeeded();
    await expect.poll(() => region.getByRole('button', { name: 'Spara diagrammet som PNG' }).isEnabled()).toBe(true);
  }
}

async function download(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await started.path();
  return { download: started, bytes: readFileSync(path) };
}

describe('the worksheet and downloads in Chromium', () => {
  it('prints a worksheet: inputs and results as text and tables, no controls, the address at the end', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?listed=12000'));
    // The app listens for beforeprint: the page must be taken over before it is printed.
    await waitForApp(page);
    await drawCharts(page);
    const controls = page.locator('input, select, button, canvas, .skip-link');
    const explanations = page.locator('.why-body');
    const summary = page.locator('.worksheet-summary');
    // On screen: the controls are there, the worksheet's own parts and the closed explanations are not.
    // The clinic's 13 sliders and the whole region's two (GPs, year).
    expect(await visibleCount(page.locator('input[type="range"]'))).toBe(15);
    expect(await visibleCount(page.locator('canvas'))).toBe(2);
    expect(await visibleCount(page.locator('button'))).toBeGreaterThan(5);
    expect(await summary.isVisible()).toBe(false);
    expect(await visibleCount(explanations)).toBe(0);

    // Printing fires beforeprint (the page then builds the closed explanations); emulating print media does not.
    await summary.waitFor({ state: 'attached' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await controls.count()).toBeGreaterThan(30);
    expect(await visibleCount(controls)).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);

    const inputs = page.getByRole('region', { name: 'Vårdcentralen på det här bladet' });
    expect(await inputs.isVisible()).toBe(true);
    expect(await inputs.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Listade patienter' }) }).innerText()).toMatch(
      /^Listade patienter\s+12\s000\s+patienter$/,
    );
    expect(await text(inputs)).toContain('Jämförs med Liberalernas förslag (2022)');

    for (const name of [
      'Storlek och personal',
      'Kvalitet',
      'Ersättning per år fördelad på delar',
      /^Från Stockholm 2022 till Liberalernas förslag/,
      'Total ersättning per år när Listade på namngiven läkare varierar',
      'Socialdemokraternas plan år för år, som en rak linje mellan de två ändpunkterna',
      'Andel av regionens listade invånare som är listade på namngiven läkare',
    ]) {
      expect(await page.getByRole('table', { name }).isVisible(), String(name)).toBe(true);
    }
    expect(await page.locator('.continuity-table').isVisible()).toBe(true);
    expect(await visibleCount(page.locator('.region-chart'))).toBe(0);
    expect(await text(page.getByTestId('region-answer'))).toMatch(/^Med 1\s240 allmänläkare skulle ungefär 55\s% av invånarna/);
    expect(await page.getByText('Var siffrorna kommer ifrån').isVisible()).toBe(true);
    const closed = await explanations.count();
    expect(closed).toBeGreaterThan(3);
    expect(await visibleCount(explanations)).toBe(closed);
    expect(await page.getByText('Förklaringarna gäller Stockholm 2022.').isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Källor' }).locator('.legend').isVisible()).toBe(true);
    const address = page.locator('.worksheet-address');
    expect(await address.isVisible()).toBe(true);
    expect(await text(address)).toBe(`Öppna exemplet igen: ${site.url('/?listed=12000')}`);

    // Black on white even in a dark theme.
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor])).toEqual([
      'rgb(0, 0, 0)',
      'rgb(255, 255, 255)',
    ]);
    await page.evaluate(() => delete document.documentElement.dataset.theme);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/print-worksheet.png', fullPage: true });
    await page.pdf({ path: 'test-results/print-worksheet.pdf', format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    expect(await visibleCount(explanations)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the current numbers as CSV after a slider moves', async () => {
    const { page, errors } = await openPage(site.browser(), site.url());
    await waitForApp(page);
    const total = page.getByTestId('total-stockholm-2022');
    await expect.poll(() => text(total)).toMatch(/^29,5 mnkr/);
    const slider = page.getByRole('slider', { name: 'Listade patienter' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => text(total)).not.toMatch(/^29,5 mnkr/);
    const shown = Number((await text(total)).match(/^([\d,]+) mnkr/)![1].replace(',', '.'));

    const { download: file, bytes } = await download(page, page.getByRole('button', { name: 'Ladda ner CSV' }));
    expect(file.suggestedFilename()).toMatch(/^vardpengen-stockholm-2022-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = bytes.toString('utf8').trim().split('\n').map((line) => line.split(','));
    expect(rows[0]).toEqual(['ruleSet', 'row', 'amountSek', 'applies', 'illustrative']);
    const amount = (ruleSet: string, row: string) => Number(rows.find((r) => r[0] === ruleSet && r[1] === row)?.[2]);
    expect(Math.round(amount('stockholm-2022', 'total') / 1e5) / 10).toBe(shown);
    expect(amount('stockholm-2022', 'total')).toBeGreaterThan(100e6);
    expect(amount('proposal-l-2022', 'total')).toBeGreaterThan(100e6);
    expect(amount('stockholm-2022', 'perListedPatient') * 40000).toBeCloseTo(amount('stockholm-2022', 'total'), -3);
    // The prerendered page, once hydrated, prints the same scenario's address and inputs.
    await page.emulateMedia({ media: 'print' });
    expect(await text(page.locator('.worksheet-address'))).toBe(`Öppna exemplet igen: ${site.url('/?listed=40000')}`);
    expect(await page.getByRole('rowheader', { name: 'Listade patienter' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`saves each chart as a PNG on its panel's ${theme} background`, async () => {
      const { page, errors } = await openPage(site.browser(), site.url(`/?theme=${theme}`));
      await waitForApp(page);
      await drawCharts(page);
      for (const [name, file] of [
        ['Vad ersättningen består av', /^vardpengen-stockholm-2022-components-\d{4}-\d{2}-\d{2}\.png$/],
        ['Tänk om en sak ändrades?', /^vardpengen-stockholm-2022-sweep-named-doctor-share-\d{4}-\d{2}-\d{2}\.png$/],
      ] as const) {
        const region = page.getByRole('region', { name });
        const { download: saved, bytes } = await download(page, region.getByRole('button', { name: 'Spara diagrammet som PNG' }));
        expect(saved.suggestedFilename()).toMatch(file);
        expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
        // The corner is the panel's colour, fully opaque, not transparent.
        const corner = await page.evaluate(async (data) => {
          const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return { width: bitmap.width, height: bitmap.height, pixel: [...context.getImageData(1, 1, 1, 1).data] };
        }, [...bytes]);
        // The chart's own pixels, with a title band above them.
        const drawn = await region.locator('canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
        expect(corner.width).toBe(drawn[0]);
        expect(corner.height).toBeGreaterThan(drawn[1]);
        const panel = await region.evaluate((e) => getComputedStyle(e).backgroundColor);
        expect(`rgb(${corner.pixel.slice(0, 3).join(', ')})`).toBe(panel);
        expect(corner.pixel[3]).toBe(255);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
