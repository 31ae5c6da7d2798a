// npm run screenshots: builds nothing; serves dist/ and saves full-page
// screenshots at phone and desktop widths, light and dark, to .tmp/screenshots.

import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage } from '../test/e2e/support/browser.ts';
import { startStaticServer } from '../test/e2e/support/static-server.ts';

const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });
const server = await startStaticServer(process.env.OUT_DIR ?? 'dist');
const browser = await launchBrowser();
const path = process.argv[2] ?? '/';
for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    const { page, errors } = await openPage(browser, `${server.url}${path}`, { viewport: { width, height: 900 }, colorScheme: scheme });
    await page.waitForSelector('.total-amount');
    await page.evaluate(() => document.querySelectorAll('canvas').forEach((c) => c.scrollIntoView()));
    await page.waitForTimeout(600);
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = `${out}/page-${width}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file, errors.length ? `console: ${errors.join(' | ')}` : '');
    await page.context().close();
  }
}
await browser.close();
await server.close();
