// axe-core finds no WCAG 2.1 A/AA violation on the full page and on embeds,
// in both languages, light and dark, with charts drawn and disclosures open.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wcagViolations as violations } from './support/axe.ts';
import { openPage } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();
/** Draws the charts and opens what a reader can open, so axe sees it all. */
async function exercise(page: Page) {
  const canvases = page.locator('canvas:visible');
  for (const canvas of await canvases.all()) await canvas.scrollIntoViewIfNeeded();
  await expect.poll(() => canvases.evaluateAll((all) => all.every((c) => (c as HTMLCanvasElement).width > 0))).toBe(true);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

const pages = [
  ['/', 'the full page in Swedish'],
  ['/en/', 'the full page in English'],
  ['/?embed=1&panels=totals,clinic,change,continuity', 'an embed in Swedish'],
  ['/en/?embed=1&panels=rules,components,sweep,why,changed,sources', 'an embed in English'],
] as const;

describe.each(pages)('%s (%s)', (path) => {
  it.each(['light', 'dark'] as const)('has no WCAG 2.1 A/AA violation in %s mode', async (colorScheme) => {
    const { page, errors } = await openPage(site.browser(), site.url(path), { colorScheme, viewport: { width: 1280, height: 900 } });
    await page.waitForSelector('html[data-ready="true"]');
    await exercise(page);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

it('has no violation at phone width, with the tables shown instead of the charts', async () => {
  const { page, errors } = await openPage(site.browser(), site.url('/?tables=components,sweep'), { viewport: { width: 375, height: 800 } });
  await page.waitForSelector('html[data-ready="true"]');
  await exercise(page);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
