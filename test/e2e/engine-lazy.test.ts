// json-rules-engine is not part of the explainer's first view, nor the story's:
// the prerendered page carries its own view's verdicts (src/lib/engine/seeds.ts), so the page
// becomes ready without the engine's chunk, and loads it when a verdict is not
// known (src/lib/engine/evaluator.ts). Checked by the requests for the chunk,
// found by its source in the build's Vite manifest; a failure to load it is in
// robustness.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, waitForApp } from './support/browser.ts';
import { useSite } from './support/site.ts';

const site = useSite();
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

/** The built chunk that holds json-rules-engine. */
function engineChunk(): string {
  const manifest = JSON.parse(readFileSync(join(process.env.OUT_DIR ?? 'dist', '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const chunk = manifest['src/lib/engine/decide.ts'];
  if (!chunk) throw new Error('no chunk for src/lib/engine/decide.ts in the build: json-rules-engine is not loaded on its own');
  return chunk.file;
}

/** Each page: a slider whose input the rules' conditions read (the named-doctor share), and where its effect shows. */
const PAGES = [
  // The 2022 rules' card: its total, and its pay per listed patient in whole kronor.
  { path: '/', within: '#main', slider: 'Listade på namngiven läkare', shows: '.total-card[data-rule-set="stockholm-2022"]', alert: 'kunde inte laddas' },
  { path: '/en/', within: '#main', slider: 'Listed on a named doctor', shows: '.total-card[data-rule-set="stockholm-2022"]', alert: 'could not be loaded' },
  // The story's chapter on the named-doctor bonus: each year's bonus, earned or not.
  { path: '/steg-for-steg/', within: '#changed', slider: 'Listade på namngiven läkare', shows: '[data-testid="changed-rows"]', alert: 'kunde inte laddas' },
];

describe('json-rules-engine loads when first needed', () => {
  it.each(PAGES)('$path: the page is ready without the engine, and loads it when a slider asks for a new verdict', async ({ path, within, slider, shows, alert }) => {
    const chunk = engineChunk();
    /** For each request of the engine's chunk: whether the page had said it was ready when it was made. */
    const asked: boolean[] = [];
    const { page, errors } = await openPage(site.browser(), site.url(path), {}, (p) =>
      p.route(`**/${chunk}`, async (route: Route) => {
        // The request waits here, so a page that waited for the engine before it is ready is not ready yet.
        asked.push(await p.evaluate(() => document.documentElement.dataset.ready === 'true'));
        await route.continue();
      }),
    );
    await waitForApp(page);
    expect(asked.filter((ready) => !ready)).toEqual([]);
    const figures = page.locator(shows);
    const before = await text(figures);
    expect(before).toMatch(/\d/);
    // The named-doctor share is read by the rules' conditions: the engine must decide again. From the
    // default 62 % to 82 %, past the 2021 and 2022 rules' thresholds for the named-doctor bonus.
    await page.locator(within).getByRole('slider', { name: slider }).focus();
    for (let step = 0; step < 20; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => text(figures)).not.toBe(before);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((ready) => ready)).toBe(true);
    expect(await page.getByRole('alert').filter({ hasText: alert }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
