// What a newsroom gets, in a real Chromium: the oEmbed documents and social
// cards the build writes (and, built with SITE_URL, a CMS's way from a pasted
// link to a working embed on its own site), the AMP message an amp-iframe
// sizes the frame by, an embed view that asks not to be indexed, the plain=1
// and transparent=1 flags as a reader sees them, and "Cite this".
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardPath, NEWSROOM_VIEWS, oembedPath } from '../../src/lib/newsroom/views.ts';
import type { OEmbedDocument } from '../../src/lib/newsroom/oembed.ts';
import { wcagViolations } from './support/axe.ts';
import { openPage, waitForApp } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import { useSite } from './support/site.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const site = useSite();
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const LANGUAGE_PAGES = { sv: '/', en: '/en/' } as const;
const text = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return response;
}

/** The attribute of the page's one head element matching the selector. */
const headValue = (page: Page, selector: string, attribute = 'content') => page.locator(`head ${selector}`).getAttribute(attribute);

// ---- another origin, for the host pages ----------------------------------------------

let host: StaticServer;
let hostDir: string;

function hostPage(title: string, body: string, style = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    ${style ? `<style>${style}</style>` : ''}
  </head>
  <body>
    <h1>${title}</h1>
    ${body}
  </body>
</html>
`;
}

/** Writes a host page and returns its address on the host's origin. */
function hostFile(name: string, html: string): string {
  writeFileSync(join(hostDir, name), html);
  return `${host.url}/${name}`;
}

beforeAll(async () => {
  mkdirSync('.tmp', { recursive: true });
  hostDir = mkdtempSync(join('.tmp', 'newsroom-host-'));
  writeFileSync(join(hostDir, 'favicon.svg'), readFileSync('public/favicon.svg'));
  host = await startStaticServer(hostDir);
  expect(new URL(host.url).origin).not.toBe(new URL(site.url('')).origin);
});

afterAll(async () => {
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const origins = () => new Set([new URL(host.url).origin, new URL(site.url('')).origin]);
const foreign = (requests: string[], allowed = origins()) => requests.filter((url) => !allowed.has(new URL(url).origin));

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  return frame;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

// ---- the files the build writes --------------------------------------------------------

describe('oEmbed documents and social cards', () => {
  it('are written for the default view and every example clinic, in each language, each card 1200 × 630', async () => {
    for (const language of ['sv', 'en'] as const) {
      for (const view of NEWSROOM_VIEWS) {
        const oembed = JSON.parse(readFileSync(join(OUT_DIR, oembedPath(language, view)), 'utf8')) as OEmbedDocument;
        expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Vårdpengen', thumbnail_width: 1200, thumbnail_height: 630 });
        for (const field of ['title', 'html'] as const) expect(oembed[field].length).toBeGreaterThan(0);
        for (const field of ['width', 'height'] as const) expect(Number.isInteger(oembed[field])).toBe(true);
        expect(oembed.html).toMatch(/^<iframe src="[^"]+" title="[^"]+"[^>]*><\/iframe>\n<script src="[^"]*\/embed\.js" async><\/script>$/);
        // Without SITE_URL (as this build is), the links are relative to the site's root.
        expect(oembed.thumbnail_url).toBe(`/${cardPath(language, view)}`);
        expect(pngSize(Buffer.from(await (await fetchOk(site.url(oembed.thumbnail_url))).arrayBuffer()))).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  it('are what each explainer page links: oEmbed discovery, Open Graph and a large Twitter card', async () => {
    for (const [language, path] of Object.entries(LANGUAGE_PAGES)) {
      const { page, errors } = await openPage(site.browser(), site.url(path));
      expect(await headValue(page, 'link[rel="alternate"][type="application/json+oembed"]', 'href')).toBe(`/oembed/${language}/default.json`);
      const image = await headValue(page, 'meta[property="og:image"]');
      expect(image).toBe(`/cards/${language}/default.png`);
      expect(pngSize(Buffer.from(await (await fetchOk(site.url(image!))).arrayBuffer()))).toEqual({ width: 1200, height: 630 });
      expect(await headValue(page, 'meta[property="og:image:width"]')).toBe('1200');
      expect(await headValue(page, 'meta[property="og:image:height"]')).toBe('630');
      expect(await headValue(page, 'meta[property="og:image:alt"]')).toMatch(/Stockholm 2022: \S+/);
      expect(await headValue(page, 'meta[property="og:title"]')).toBe(await page.title());
      expect(await headValue(page, 'meta[property="og:description"]')).toBe(await headValue(page, 'meta[name="description"]'));
      expect(await headValue(page, 'meta[property="og:locale"]')).toBe(language === 'sv' ? 'sv_SE' : 'en_GB');
      expect(await headValue(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
      // The full page is to be indexed.
      expect(await page.locator('meta[name="robots"]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});

describe('built with SITE_URL', () => {
  let published: StaticServer;
  let publishedDir: string;

  beforeAll(async () => {
    // The site as published at its public address: the server first, for its address; then the build, for that address.
    publishedDir = resolve(mkdtempSync(join('.tmp', 'newsroom-site-')));
    published = await startStaticServer(publishedDir);
    execFileSync('npm', ['run', '--silent', 'build'], { env: { ...process.env, OUT_DIR: publishedDir, SITE_URL: `${published.url}/` }, stdio: 'pipe' });
  });

  afterAll(async () => {
    await published?.close();
    if (publishedDir) rmSync(publishedDir, { recursive: true, force: true });
  });

  it('turns a pasted link into a working embed on a CMS\'s own site, as oEmbed discovery does', async () => {
    const allowed = new Set([new URL(host.url).origin, new URL(published.url).origin]);
    // What a CMS does with a pasted link: reads the page, follows its oEmbed link, takes the html.
    const pageHtml = await (await fetchOk(`${published.url}/en/`)).text();
    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(pageHtml)?.[1];
    expect(discovery).toBe(`${published.url}/oembed/en/default.json`);
    const oembed = (await (await fetchOk(discovery!)).json()) as OEmbedDocument;
    expect(oembed.provider_url).toBe(`${published.url}/`);
    expect(oembed.thumbnail_url).toBe(`${published.url}/cards/en/default.png`);
    expect(/<meta property="og:image" content="([^"]+)"/.exec(pageHtml)?.[1]).toBe(oembed.thumbnail_url);
    expect(pngSize(Buffer.from(await (await fetchOk(oembed.thumbnail_url)).arrayBuffer()))).toEqual({ width: 1200, height: 630 });

    const { page, errors, requests } = await openPage(site.browser(), hostFile('cms.html', hostPage('A CMS post', `${oembed.html}\n<p>The story goes on.</p>`)));
    const selector = 'iframe[data-vardpengen]';
    const frame = await frameOf(page, selector);
    expect(new URL(frame.url()).origin).toBe(new URL(published.url).origin);
    await waitForApp(frame);
    await frame.getByTestId('total-stockholm-2022').waitFor();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    // embed.js from the published site sizes the frame to its content.
    await expect
      .poll(async () => {
        const [outer, inner] = [await page.locator(selector).evaluate((element) => element.clientHeight), await contentHeight(frame)];
        return outer === inner ? 'fits' : `iframe ${outer} px, content ${inner} px`;
      }, { timeout: 15_000 })
      .toBe('fits');
    expect(errors).toEqual([]);
    expect(foreign(requests, allowed)).toEqual([]);
    await page.context().close();
  });
});

// ---- AMP -----------------------------------------------------------------------------

describe('an AMP page', () => {
  it('receives embed-size from the embed and sizes an amp-iframe-like frame by it', async () => {
    // What AMP's amp-iframe does with `resizable`: take {sentinel: "amp", type: "embed-size"} from its own frame only.
    const amp = hostPage(
      'An AMP page',
      `<iframe id="amp" src="${site.url('/?embed=1&panels=totals,change&listed=12000')}" title="Vårdpengen" width="600" height="300"
        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" frameborder="0"></iframe>
<script src="/amp-like.js"></script>`,
    );
    writeFileSync(
      join(hostDir, 'amp-like.js'),
      `window.embedSizes = [];
addEventListener('message', function (event) {
  var frame = document.getElementById('amp');
  var data = event.data;
  if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
  window.embedSizes.push(data.height);
  frame.height = data.height;
});
`,
    );
    const { page, errors, requests } = await openPage(site.browser(), hostFile('amp.html', amp));
    const frame = await frameOf(page, '#amp');
    await waitForApp(frame);
    // The last to arrive: the difference's range and its table, once the inputs rest.
    await frame.getByRole('heading', { name: 'Vad skillnaden beror på' }).waitFor();
    const sizes = () => page.evaluate(() => (window as unknown as { embedSizes: number[] }).embedSizes);
    // The last height it asked for is its content's, and the frame now has it.
    await expect
      .poll(async () => ((await sizes()).at(-1) === (await contentHeight(frame)) ? 'asked' : `asked ${await sizes()}`), { timeout: 15_000 })
      .toBe('asked');
    expect((await sizes()).every((height) => Number.isInteger(height) && height > 0)).toBe(true);
    await expect
      .poll(async () => (await page.locator('#amp').evaluate((element) => element.clientHeight)) === (await contentHeight(frame)), { timeout: 15_000 })
      .toBe(true);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.context().close();
  });
});

// ---- embed views ---------------------------------------------------------------------

describe('an embed view', () => {
  it('asks not to be indexed and names the full explainer with the same view as canonical', async () => {
    for (const [path, full] of [
      ['/?embed=1&panels=totals&listed=12000&pin=stockholm-2022~deadbeef', '/?listed=12000'],
      ['/en/?embed=1&panels=totals', '/en/'],
    ]) {
      const { page } = await openPage(site.browser(), site.url(path));
      await waitForApp(page);
      await page.waitForSelector('head meta[name="robots"]', { state: 'attached' });
      expect(await headValue(page, 'meta[name="robots"]')).toBe('noindex');
      expect(await headValue(page, 'link[rel="canonical"]', 'href')).toBe(site.url(full));
      await page.context().close();
    }
  });

  it('has a link out in its footer, and none with plain=1', async () => {
    const footerLinks = async (query: string) => {
      const { page, errors } = await openPage(site.browser(), site.url(`/?embed=1&panels=totals${query}`));
      await waitForApp(page);
      const footer = page.locator('.embed-footer');
      await footer.waitFor();
      const links = await footer.getByRole('link').count();
      const said = await text(footer);
      expect(errors).toEqual([]);
      await page.context().close();
      return { links, said };
    };
    const normal = await footerLinks('');
    expect(normal.links).toBe(1);
    expect(normal.said).toMatch(/Öppna hela förklaringen/);
    const plain = await footerLinks('&plain=1');
    expect(plain.links).toBe(0);
    expect(plain.said).toMatch(/Vårdpengen · regler per \d{4}-\d{2}-\d{2}$/);
  });

  it('shows the host page\'s background through it with transparent=1, and its own without', async () => {
    // The host page's colour, and a frame whose corner (inside the embed's padding) shows either it or the page's own background.
    const corner = async (query: string) => {
      const page = hostPage(
        'A coloured page',
        `<iframe id="frame" src="${site.url(`/?embed=1&panels=totals&theme=light${query}`)}" title="Vårdpengen" width="600" height="400" style="border:0;display:block"></iframe>
<div id="swatch" style="width:600px;height:40px"></div>`,
        'body { background: #c83c96; margin: 0; }',
      );
      const { page: browserPage, errors } = await openPage(site.browser(), hostFile(`colour${query ? '-transparent' : ''}.html`, page));
      const frame = await frameOf(browserPage, '#frame');
      await waitForApp(frame);
      await frame.getByTestId('total-stockholm-2022').waitFor();
      const box = (await browserPage.locator('#frame').boundingBox())!;
      const swatch = (await browserPage.locator('#swatch').boundingBox())!;
      const shot = (x: number, y: number) => browserPage.screenshot({ clip: { x, y, width: 4, height: 4 } });
      const [inFrame, hostBackground] = [await shot(box.x + 1, box.y + 1), await shot(swatch.x + 1, swatch.y + 1)];
      const marked = await frame.evaluate(() => document.documentElement.hasAttribute('data-transparent'));
      expect(errors).toEqual([]);
      await browserPage.context().close();
      return { same: inFrame.equals(hostBackground), marked };
    };
    expect(await corner('&transparent=1')).toEqual({ same: true, marked: true });
    expect(await corner('')).toEqual({ same: false, marked: false });
  });
});

// ---- the embed dialog's new choices ----------------------------------------------------

describe('the embed dialog', () => {
  it('offers AMP code, plain=1 and transparent=1, and stays axe-clean', async () => {
    const { page, errors } = await openPage(site.browser(), site.url('/?listed=12000'));
    await waitForApp(page);
    await page.getByRole('button', { name: 'Bädda in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bädda in den här vyn' });
    await dialog.waitFor();
    const amp = dialog.getByRole('textbox', { name: 'Kod för AMP-sidor (amp-iframe)' });
    expect(await amp.inputValue()).toMatch(
      /^<amp-iframe src="http:\/\/[^"]+\/\?listed=12000&amp;embed=1&amp;panels=totals,clinic,change&amp;pin=[^"]+" title="[^"]+" width="auto" height="2120" layout="fixed-height" sandbox="[^"]+" frameborder="0" resizable>\n  <div overflow tabindex="0" role="button" aria-label="Visa hela">Visa hela<\/div>\n<\/amp-iframe>$/,
    );
    const code = dialog.getByRole('textbox', { name: 'Inbäddningskod' });
    expect(await code.inputValue()).not.toContain('plain=1');
    await dialog.getByRole('checkbox', { name: 'Utan länk till hela förklaringen (för er egen ram)' }).check();
    await dialog.getByRole('checkbox', { name: 'Genomskinlig bakgrund' }).check();
    expect(await code.inputValue()).toContain('&amp;plain=1&amp;transparent=1');
    expect(await amp.inputValue()).toContain('&amp;plain=1&amp;transparent=1');
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

// ---- Cite this -------------------------------------------------------------------------

describe('"Cite this"', () => {
  const ruleSet = (id: string) => JSON.parse(readFileSync(`rules/${id}.json`, 'utf8')) as { updated: string };

  it('gives a citation of the view in plain text and in an APA-like form, copyable, by keyboard, in both languages', async () => {
    const { page, errors, requests } = await openPage(
      site.browser(),
      site.url('/?listed=12000&cmp=proposal-l-2022,stockholm-2026'),
      { permissions: ['clipboard-read', 'clipboard-write'] },
      (p) => p.clock.setFixedTime(new Date('2027-02-03T10:00:00')),
    );
    await waitForApp(page);
    const opener = page.getByRole('button', { name: 'Citera' });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Citera den här vyn' });
    await dialog.waitFor();
    const plain = dialog.getByRole('textbox', { name: 'Vanlig text' });
    const apa = dialog.getByRole('textbox', { name: 'APA-liknande form' });
    const address = page.url();
    const plainText = await plain.inputValue();
    expect(plainText).toMatch(/^Vårdpengen: Vad en vårdcentral med 12\u00a0000 listade patienter får betalt enligt Stockholm 2022, Liberalernas förslag \(2022\) — första steget: mål 80 % och Stockholm 2026\. Regelverk: /);
    expect(plainText).toContain(`Stockholm 2022 (stockholm-2022, version ${ruleSet('stockholm-2022').updated}, innehållshash `);
    expect(plainText).toContain(`Stockholm 2026 (stockholm-2026, version ${ruleSet('stockholm-2026').updated}, innehållshash `);
    expect(plainText.match(/innehållshash [0-9a-f]{8}/g)).toHaveLength(3);
    expect(plainText.endsWith(`Hämtad 2027-02-03. ${address}`)).toBe(true);
    expect(await apa.inputValue()).toMatch(/^Vårdpengen\. \(u\.å\.\)\. Vad en vårdcentral .* \[Interaktiv modell; regelverk: Stockholm 2022, version \d{4}-\d{2}-\d{2}, [0-9a-f]{8}; .*\]\. Hämtad 3 februari 2027 från /);
    expect((await apa.inputValue()).endsWith(address)).toBe(true);
    // By keyboard: inside the modal dialog, Tab reaches its buttons.
    await tabTo(page, dialog.getByRole('button', { name: 'Kopiera texten' }), 20);
    await page.keyboard.press('Enter');
    await expect.poll(() => text(dialog.locator('.share-status'))).toBe('Kopierat.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plainText);
    await dialog.getByRole('button', { name: 'Kopiera APA-formen' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.inputValue());
    expect(await wcagViolations(page)).toEqual([]);
    // The dialog keeps focus, and Esc closes it and gives focus back to its button.
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Citera');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Cite this' }).click();
    const english = page.getByRole('dialog', { name: 'Cite this view' });
    await english.waitFor();
    const englishText = await english.getByRole('textbox', { name: 'Plain text' }).inputValue();
    expect(englishText).toMatch(/^Vårdpengen: What a clinic with 12,000 listed patients is paid under Stockholm 2022, .* and Stockholm 2026\. Rules: /);
    expect(englishText.match(/content hash [0-9a-f]{8}/g)).toHaveLength(3);
    expect(englishText).toMatch(/Accessed 2027-02-03\. http:\/\/[^ ]+lang=en$/);
    expect(await english.getByRole('textbox', { name: 'APA-like form' }).inputValue()).toMatch(/Retrieved February 3, 2027, from http:\/\/[^ ]+lang=en$/);
    expect(await wcagViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.context().close();
  });
});
