// Vårdpengen embedded in a news site's page, in a real Chromium: the host
// page is served from a different origin than the app, embeds it with the
// published embed code (an iframe marked data-vardpengen plus /embed.js) or
// with a pym.js parent, and the tests check that the frame is sized to its
// content, that nobody else can size it, that the host can switch its
// language and nothing else, and that the way out to the full explainer opens
// a new page with the same state without touching the host page.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedCode } from '../../src/lib/embed/snippet.ts';
import { openPage, waitForApp, type PageRecord } from './support/browser.ts';
import { useSite } from './support/site.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const site = useSite();
let host: StaticServer;
let hostDir: string;

const EMBED = '/?embed=1&panels=totals,change,why&listed=12000';
const MARKED = 'iframe[data-vardpengen]';

/** A host page: a favicon (no 404s), and a log of every message it receives, for knowing when a message has been handled. */
function hostPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <script>window.seen = []; addEventListener('message', function (event) { seen.push(event.data); });</script>
  </head>
  <body>
    <h1>${title}</h1>
    ${body}
    <p>The story goes on.</p>
  </body>
</html>
`;
}

/** The embed code the app hands out (src/lib/embed/snippet.ts), as a news site pastes it. */
function pasted(app: string, query: string): string {
  return embedCode({ src: `${app}${query}`, scriptSrc: `${app}/embed.js`, title: 'Vårdpengen', height: 600 });
}

beforeAll(async () => {
  const app = site.url('');
  mkdirSync('.tmp', { recursive: true });
  hostDir = mkdtempSync(join('.tmp', 'embed-host-'));
  const pages: Record<string, string> = {
    'index.html': hostPage(
      'Local news',
      `${pasted(app, EMBED)}\n<iframe id="sibling" src="/poster.html" title="Another widget" width="300" height="100"></iframe>`,
    ),
    'hostile.html': hostPage(
      'Someone else tries to size the frame',
      [
        pasted(app, '/?embed=1&panels=totals'),
        // Another frame of the host's origin, not marked.
        `<iframe id="other" src="/poster.html" title="Other" width="300" height="100"></iframe>`,
        // A Vårdpengen frame the host did not mark: its own height reports must not size anything.
        `<iframe id="unmarked" src="${app}/?embed=1&panels=clinic" title="Unmarked" width="300" height="150"></iframe>`,
        // A marked frame that will be navigated away from its src's origin: right window, wrong origin.
        `<iframe id="moved" src="${app}/favicon.svg" title="Moved" width="300" height="600" data-vardpengen></iframe>`,
        // A marked frame of the host's own origin: right window, right origin (the positive control).
        `<iframe id="own" src="/poster.html" title="Own" width="300" height="600" data-vardpengen></iframe>`,
      ].join('\n'),
    ),
    'twice.html': hostPage(
      'The script twice, the frame later',
      [
        `<script src="${app}/embed.js"></script>`,
        `<script src="${app}/embed.js"></script>`,
        `<iframe id="own" src="/poster.html" title="Own" width="300" height="600" data-vardpengen></iframe>`,
        `<div id="later"></div>`,
        `<script src="/add-later.js"></script>`,
      ].join('\n'),
    ),
    'pym.html': hostPage(
      'A pym.js parent',
      `<div id="container"></div>\n<script src="/pym.v1.min.js"></script>\n<script>window.pymParent = new pym.Parent('container', ${JSON.stringify(`${app}/?embed=1&panels=totals`)}, {});</script>`,
    ),
    'late.html': hostPage(
      'The script arrives late',
      `<iframe src="${app}/?embed=1&panels=totals" title="Vårdpengen" width="100%" height="600" data-vardpengen></iframe>\n<script src="/add-script-later.js"></script>`,
    ),
    // Loads embed.js only when the test says so, after the frame has reported its height to nobody.
    'add-script-later.js': `window.addScript = function () {
  var script = document.createElement('script');
  script.src = ${JSON.stringify(`${app}/embed.js`)};
  document.head.appendChild(script);
};
`,
    'poster.html': '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Poster</title><link rel="icon" href="/favicon.svg" type="image/svg+xml" /></head><body><p>Poster</p></body></html>\n',
    // Adds a marked Vårdpengen frame once both copies of embed.js have run.
    'add-later.js': `window.addLater = function () {
  var frame = document.createElement('iframe');
  frame.src = ${JSON.stringify(`${app}/?embed=1&panels=totals`)};
  frame.title = 'Vårdpengen';
  frame.setAttribute('width', '100%');
  frame.setAttribute('height', '600');
  frame.setAttribute('data-vardpengen', '');
  document.getElementById('later').appendChild(frame);
};
`,
  };
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(hostDir, name), text);
  copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', join(hostDir, 'pym.v1.min.js'));
  copyFileSync('public/favicon.svg', join(hostDir, 'favicon.svg'));
  host = await startStaticServer(hostDir);
  // Same host name, another port: another origin, as a news site's page would be.
  expect(new URL(host.url).origin).not.toBe(new URL(app).origin);
});

afterAll(async () => {
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const origins = () => new Set([new URL(host.url).origin, new URL(site.url('')).origin]);
const foreign = (requests: string[]) => requests.filter((url) => !origins().has(new URL(url).origin));

async function openHost(path: string): Promise<PageRecord> {
  return openPage(site.browser(), `${host.url}${path}`);
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  return frame;
}

/** The height of the iframe's viewport on the host page (its border aside), in CSS pixels. */
const iframeHeight = (page: Page, selector: string) => page.locator(selector).evaluate((element) => element.clientHeight);

/** How tall the embedded page's content is, measured as the app reports it. */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** Resolves once the iframe is exactly as tall as its content (and returns that height). */
async function settled(page: Page, selector: string, frame: Frame): Promise<number> {
  await expect
    .poll(async () => {
      const [outer, inner] = [await iframeHeight(page, selector), await contentHeight(frame)];
      return outer === inner ? 'fits' : `iframe ${outer} px, content ${inner} px`;
    })
    .toBe('fits');
  return iframeHeight(page, selector);
}

/** Runs `post` inside a frame (to post messages to its parent), then posts a marker from the same frame; resolves once the host page has received the marker, and so has handled every earlier message from that frame. */
async function postFromFrame(page: Page, frame: Frame, post: () => void, marker: string): Promise<void> {
  await frame.evaluate(post);
  await frame.evaluate((mark) => parent.postMessage(mark, '*'), marker);
  await expect.poll(() => page.evaluate((mark) => (window as unknown as { seen: unknown[] }).seen.includes(mark), marker)).toBe(true);
}

describe('embedding Vårdpengen in another site', () => {
  it('sizes the iframe to its content, and follows it as it grows and shrinks', async () => {
    const { page, errors, requests } = await openHost('/');
    const frame = await frameOf(page, MARKED);
    await frame.getByRole('heading', { name: 'Varför just dessa belopp' }).waitFor();
    // The last to arrive: the ranges, worked out once the inputs rest (src/lib/state/ranges.svelte.ts). Measured before
    // them, the frame would grow after its closed height was taken.
    await frame.getByRole('heading', { name: 'Vad skillnaden beror på' }).waitFor();
    expect(await contentHeight(frame)).not.toBe(600);
    const closed = await settled(page, MARKED, frame);
    // The frame shows all of its content: nothing to scroll inside it.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);

    // A component's <details> in "Varför just dessa belopp", opened by its visible name.
    const why = frame.getByRole('region', { name: 'Varför just dessa belopp' });
    const name = why.getByText('Listningsersättning', { exact: true });
    const component = why.getByRole('group').filter({ has: frame.getByText('Listningsersättning', { exact: true }) });
    await name.click();
    expect(await component.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    const open = await settled(page, MARKED, frame);
    expect(open).toBeGreaterThan(closed);

    await name.click();
    expect(await component.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await settled(page, MARKED, frame)).toBe(closed);

    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.context().close();
  });

  it('ignores height messages from the host page, from other frames and from the wrong origin', async () => {
    const { page, errors, requests } = await openHost('/hostile.html');
    const vardpengen = await frameOf(page, MARKED + ':not(#moved):not(#own)');
    await vardpengen.getByTestId('total-stockholm-2022').waitFor();
    const fitted = await settled(page, `${MARKED}:not(#moved):not(#own)`, vardpengen);
    const unmarked = await frameOf(page, '#unmarked');
    await unmarked.getByRole('slider', { name: 'Listade patienter' }).waitFor();

    // The positive control: a marked frame posting from its own src's origin is obeyed.
    const own = await frameOf(page, '#own');
    await postFromFrame(page, own, () => parent.postMessage({ type: 'vardpengen:height', height: 345 }, '*'), 'own-1');
    expect(await iframeHeight(page, '#own')).toBe(345);
    await postFromFrame(page, own, () => parent.postMessage('pymxPYMxanyxPYMxheightxPYMx456', '*'), 'own-2');
    expect(await iframeHeight(page, '#own')).toBe(456);
    // Heights that are not finite numbers change nothing; others are kept within 100–20 000 px.
    await postFromFrame(
      page,
      own,
      () => {
        for (const height of [Infinity, -Infinity, NaN, '500', null]) parent.postMessage({ type: 'vardpengen:height', height }, '*');
        for (const text of ['pymxPYMxanyxPYMxheightxPYMx', 'pymxPYMxanyxPYMxheightxPYMxInfinity', 'pymxPYMxanyxPYMxheightxPYMx12px', 'pymxPYMxanyxPYMxwidthxPYMx500'])
          parent.postMessage(text, '*');
      },
      'own-3',
    );
    expect(await iframeHeight(page, '#own')).toBe(456);
    await postFromFrame(page, own, () => parent.postMessage({ type: 'vardpengen:height', height: 1e9 }, '*'), 'own-4');
    expect(await iframeHeight(page, '#own')).toBe(20000);
    await postFromFrame(page, own, () => parent.postMessage({ type: 'vardpengen:height', height: -5 }, '*'), 'own-5');
    expect(await iframeHeight(page, '#own')).toBe(100);

    // The marked frame navigated to another origin: the right window, but not its src's origin.
    const moved = await frameOf(page, '#moved');
    await moved.goto(`${host.url}/poster.html`);
    await postFromFrame(page, moved, () => parent.postMessage({ type: 'vardpengen:height', height: 321 }, '*'), 'moved');
    expect(await iframeHeight(page, '#moved')).toBe(600);

    // The host page itself, another frame of the host's origin, and an unmarked Vårdpengen frame.
    await page.evaluate(() => {
      postMessage({ type: 'vardpengen:height', height: 322 }, '*');
      postMessage('pymxPYMxanyxPYMxheightxPYMx322', '*');
      postMessage('host', '*');
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.includes('host'))).toBe(true);
    const other = await frameOf(page, '#other');
    const attack = () => {
      parent.postMessage({ type: 'vardpengen:height', height: 323 }, '*');
      parent.postMessage('pymxPYMxanyxPYMxheightxPYMx323', '*');
    };
    await postFromFrame(page, other, attack, 'other');
    await postFromFrame(page, unmarked, attack, 'unmarked');

    expect(await iframeHeight(page, `${MARKED}:not(#moved):not(#own)`)).toBe(fitted);
    expect(await iframeHeight(page, '#moved')).toBe(600);
    expect(await iframeHeight(page, '#own')).toBe(100);
    expect(await iframeHeight(page, '#other')).toBe(100);
    expect(await iframeHeight(page, '#unmarked')).toBe(150);
    // When the moved frame loaded its new page, embed.js asked it for its height at its src's
    // origin; the browser refused to deliver the message to the new origin and said so. That
    // refusal is the protection at work, so it is the one warning expected here.
    const refused = /target origin provided \('[^']+'\) does not match the recipient window's origin/;
    expect(errors.filter((e) => !refused.test(e))).toEqual([]);
    expect(errors.filter((e) => refused.test(e)).length).toBeLessThanOrEqual(1);
    expect(foreign(requests)).toEqual([]);
    await page.context().close();
  });

  it('handles each message once when the script is included twice, and sizes frames added later', async () => {
    const { page, errors, requests } = await openHost('/twice.html');
    // Count how often the marked frame's height is written for one message.
    await page.evaluate(() => {
      const writes: string[] = [];
      (window as unknown as { heightWrites: string[] }).heightWrites = writes;
      const observer = new MutationObserver((records) => writes.push(...records.map((record) => record.attributeName ?? '')));
      observer.observe(document.getElementById('own')!, { attributes: true, attributeFilter: ['height', 'style'] });
    });
    const own = await frameOf(page, '#own');
    await postFromFrame(page, own, () => parent.postMessage({ type: 'vardpengen:height', height: 250 }, '*'), 'once');
    const writes = await page.evaluate(() => (window as unknown as { heightWrites: string[] }).heightWrites);
    expect(writes.length).toBeGreaterThan(0);
    expect(new Set(writes).size, `written ${writes.join(', ')}`).toBe(writes.length);
    expect(await iframeHeight(page, '#own')).toBe(250);

    await page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
    const later = await frameOf(page, `#later ${MARKED}`);
    await later.getByTestId('total-stockholm-2022').waitFor();
    expect(await settled(page, `#later ${MARKED}`, later)).not.toBe(600);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.context().close();
  });

  it('sizes a frame that reported its height before the script arrived', async () => {
    const { page, errors, requests } = await openHost('/late.html');
    const frame = await frameOf(page, MARKED);
    await frame.waitForSelector('html[data-ready="true"]');
    // The frame has told the host its height, and nothing on the host listened.
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length)).toBeGreaterThan(0);
    expect(await iframeHeight(page, MARKED)).toBe(600);
    await page.evaluate(() => (window as unknown as { addScript: () => void }).addScript());
    expect(await settled(page, MARKED, frame)).not.toBe(600);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.context().close();
  });

  it('is sized by a plain pym.js parent, with no Vårdpengen code on the host page', async () => {
    const { page, errors, requests } = await openHost('/pym.html');
    const selector = '#container iframe';
    const frame = await frameOf(page, selector);
    expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');
    await frame.getByTestId('total-stockholm-2022').waitFor();
    expect(await page.evaluate(() => 'vardpengenEmbed' in window || '__vardpengenEmbed' in window)).toBe(false);
    const height = await settled(page, selector, frame);
    expect(height).toBeGreaterThan(150); // an iframe's default height, before pym.js sets one
    expect(await page.locator(selector).getAttribute('height')).toBe(`${height}px`);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.context().close();
  });

  it('takes a language from the host page and ignores every other message', async () => {
    const { page, errors, requests } = await openHost('/');
    const hostUrl = page.url();
    const frame = await frameOf(page, MARKED);
    await waitForApp(frame);
    // The frame takes messages from the moment it first reports its height (both start together, in src/App.svelte).
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: { type?: string }[] }).seen.some((m) => m?.type === 'vardpengen:height')))
      .toBe(true);
    const frameUrl = frame.url();
    // A log of what reaches the frame, to know when a message has been handled there.
    await frame.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      addEventListener('message', (event) => seen.push(event.data));
    });
    const frameHasSeen = (mark: string) => frame.evaluate((m) => (window as unknown as { seen: unknown[] }).seen.includes(m), mark);

    await page.evaluate(
      ({ selector, elsewhere }) => {
        const target = document.querySelector<HTMLIFrameElement>(selector)!.contentWindow!;
        for (const junk of [
          'junk',
          null,
          42,
          { type: 'vardpengen:set-language', language: 'de' },
          { type: 'vardpengen:set-language', language: ['en'] },
          { type: 'vardpengen:set-theme', theme: 'neon' },
          { type: 'vardpengen:navigate', url: elsewhere },
          { type: 'vardpengen:height', height: 10 },
          `pymxPYMxvardpengenxPYMxnavigateToxPYMx${elsewhere}`,
          `pymxPYMxvardpengenxPYMxwidthxPYMx300`,
        ])
          target.postMessage(junk, '*');
        target.postMessage('junk-done', '*');
      },
      { selector: MARKED, elsewhere: `${host.url}/poster.html` },
    );
    await expect.poll(() => frameHasSeen('junk-done')).toBe(true);
    // A frame beside it may not speak for the host page.
    const sibling = await frameOf(page, '#sibling');
    await sibling.evaluate((selector) => {
      const target = parent.document.querySelector<HTMLIFrameElement>(selector)!.contentWindow!;
      target.postMessage({ type: 'vardpengen:set-language', language: 'en' }, '*');
      target.postMessage({ type: 'vardpengen:set-theme', theme: 'dark' }, '*');
      target.postMessage('sibling-done', '*');
    }, MARKED);
    await expect.poll(() => frameHasSeen('sibling-done')).toBe(true);
    // Nor may the frame make its host navigate with pym.js's navigateTo.
    await frame.evaluate((elsewhere) => parent.postMessage(`pymxPYMxvardpengenxPYMxnavigateToxPYMx${elsewhere}`, '*'), `${host.url}/poster.html`);
    await postFromFrame(page, frame, () => {}, 'navigate-done');

    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('auto');
    expect(frame.url()).toBe(frameUrl);
    expect(await frame.getByRole('link', { name: /Öppna hela förklaringen/ }).count()).toBe(1);

    await page.evaluate((selector) => {
      const target = document.querySelector<HTMLIFrameElement>(selector)!.contentWindow!;
      target.postMessage({ type: 'vardpengen:set-language', language: 'en' }, '*');
      target.postMessage({ type: 'vardpengen:set-theme', theme: 'dark' }, '*');
    }, MARKED);
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('en');
    await frame.getByRole('link', { name: /Open the full explainer/ }).waitFor();
    expect(await frame.getByRole('heading', { name: 'Why these amounts' }).count()).toBe(1);
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // Still sized to its (now English) content, and the host page is where it was.
    await settled(page, MARKED, frame);
    expect(page.url()).toBe(hostUrl);
    expect(page.frames()).toHaveLength(3);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await page.context().close();
  });

  it('opens the full explainer in a new page with the same state, leaving the host page alone', async () => {
    const { page, errors, requests } = await openHost('/');
    const hostUrl = page.url();
    const context = page.context();
    const popupErrors: string[] = [];
    const popupRequests: string[] = [];
    context.on('page', (opened) => {
      opened.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') popupErrors.push(`${message.type()}: ${message.text()}`);
      });
      opened.on('pageerror', (error) => popupErrors.push(`pageerror: ${error.message}`));
      opened.on('request', (request) => popupRequests.push(request.url()));
    });
    const frame = await frameOf(page, MARKED);
    const link = frame.getByRole('link', { name: /Öppna hela förklaringen/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await waitForApp(popup);
    const address = new URL(popup.url());
    expect(address.origin).toBe(new URL(site.url('')).origin);
    expect(address.searchParams.get('embed')).toBeNull();
    expect(address.searchParams.get('panels')).toBeNull();
    expect(address.searchParams.get('listed')).toBe('12000');
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toContain('Vad skulle din vårdcentral få betalt');
    expect(await popup.getByRole('slider', { name: 'Listade patienter' }).inputValue()).toBe('12000');
    expect(page.url()).toBe(hostUrl);
    expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    expect(foreign([...requests, ...popupRequests])).toEqual([]);
    await context.close();
  });
});
