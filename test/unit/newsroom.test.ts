// The build's files for newsrooms: the oEmbed documents and their discovery
// tags, the site's root from SITE_URL, the AMP code, and the social card's
// wording, layout and font measure (checked against what resvg draws).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fontMetrics } from '../../scripts/font-metrics.ts';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import { ampEmbedCode } from '../../src/lib/embed/amp.ts';
import { ampSizeMessage } from '../../src/lib/embed/child.ts';
import type { ValueRange } from '../../src/lib/engine/range.ts';
import type { Language } from '../../src/lib/format/numbers.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';
import { cardContent, cardSvg, wrap, type Measure, type TextStyle } from '../../src/lib/newsroom/card.ts';
import { newsroomHeadTags } from '../../src/lib/newsroom/head.ts';
import { oembedDocument, oembedJson } from '../../src/lib/newsroom/oembed.ts';
import { cardPath, NEWSROOM_VIEWS, oembedPath, siteRoot } from '../../src/lib/newsroom/views.ts';
import { parsePageUrl } from '../../src/lib/url/codec.ts';
import { catalog, evaluator, ruleSet } from '../helpers/rules.ts';

const hashes = Object.fromEntries(catalog.ruleSets.map((r) => [r.id, r.contentHash]));
const translate = (language: Language) => translator(createI18n(language, readLocaleBundle(language)));
const view = (id: string) => NEWSROOM_VIEWS.find((v) => v.id === id)!;
const context = (language: Language) => ({ isKnownRuleSet: (id: string) => !!catalog.get(id), defaultLanguage: language });

/** The iframe's src in an oEmbed html, unescaped. */
const iframeSrc = (html: string) => /<iframe src="([^"]+)"/.exec(html)![1].replaceAll('&amp;', '&');

describe('the published views', () => {
  it('are the default view and every other example clinic, each with its own files in each language', () => {
    expect(NEWSROOM_VIEWS.map((v) => v.id)).toEqual(['default', 'inner-city', 'high-need', 'elderly', 'continuity']);
    expect(view('default')).toMatchObject({ presetId: 'typical', illustrative: false });
    const paths = (['sv', 'en'] as const).flatMap((language) => NEWSROOM_VIEWS.flatMap((v) => [oembedPath(language, v), cardPath(language, v)]));
    expect(new Set(paths).size).toBe(paths.length);
    expect(oembedPath('en', view('high-need'))).toBe('oembed/en/high-need.json');
    expect(cardPath('sv', view('default'))).toBe('cards/sv/default.png');
  });
});

describe('the site root (SITE_URL)', () => {
  it('is the base path, and links relative, without SITE_URL', () => {
    expect(siteRoot(undefined, '/')).toEqual({ root: '/', absolute: false });
    expect(siteRoot('  ', '/vardpengen/')).toEqual({ root: '/vardpengen/', absolute: false });
  });

  it('is the public address with a closing slash, its path the base the site is built for', () => {
    expect(siteRoot('https://vardpengen.example.org', '/')).toEqual({ root: 'https://vardpengen.example.org/', absolute: true });
    expect(siteRoot('https://example.org/vardpengen', '/vardpengen/')).toEqual({ root: 'https://example.org/vardpengen/', absolute: true });
  });

  it('refuses what cannot be a public address', () => {
    expect(() => siteRoot('example.org', '/')).toThrow(/not an address/);
    expect(() => siteRoot('ftp://example.org/', '/')).toThrow(/http/);
    expect(() => siteRoot('https://example.org/?x=1', '/')).toThrow(/query/);
    expect(() => siteRoot('https://example.org/vardpengen/', '/')).toThrow(/Vite's base/);
  });
});

describe('oEmbed documents', () => {
  it('give a rich embed: the titled iframe of the view and the sizing script, absolute with SITE_URL', () => {
    const document = oembedDocument({
      root: 'https://example.org/',
      language: 'sv',
      view: view('inner-city'),
      title: 'Vårdpengen: Innerstad',
      iframeTitle: 'Vårdpengen: "pay"',
      hashes,
    });
    expect(document).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Vårdpengen: Innerstad',
      provider_name: 'Vårdpengen',
      provider_url: 'https://example.org/',
      width: 640,
      height: 2120,
      thumbnail_url: 'https://example.org/cards/sv/inner-city.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    const [iframe, script] = document.html.split('\n');
    expect(iframe).toMatch(/^<iframe src="https:\/\/example\.org\/\?[^"]+" title="Vårdpengen: &quot;pay&quot;" loading="lazy" width="100%" height="2120" style="width:100%;border:0" data-vardpengen><\/iframe>$/);
    expect(script).toBe('<script src="https://example.org/embed.js" async></script>');
    // The iframe opens the embed of the very view, its rules pinned to the current versions.
    const src = new URL(iframeSrc(document.html));
    const { state } = parsePageUrl(src.search, context('sv'));
    expect(state.scenario.clinic).toEqual(view('inner-city').clinic);
    expect(state.embed).toMatchObject({ enabled: true, panels: ['totals', 'clinic', 'change'], plain: false, transparent: false });
    expect(state.embed.pins).toEqual({ 'stockholm-2022': hashes['stockholm-2022'], 'proposal-l-2022': hashes['proposal-l-2022'] });
    expect(JSON.parse(oembedJson(document))).toEqual(document);
  });

  it('open the English page for English, and the default view with only the embed parameters', () => {
    const document = oembedDocument({ root: 'https://example.org/', language: 'en', view: view('default'), title: 'T', iframeTitle: 'I', hashes });
    const src = iframeSrc(document.html);
    expect(src).toMatch(/^https:\/\/example\.org\/en\/\?embed=1&panels=totals,clinic,change&pin=stockholm-2022~[0-9a-f]{8},proposal-l-2022~[0-9a-f]{8}$/);
    expect(parsePageUrl(new URL(src).search, context('en')).state.language).toBe('en');
  });

  it('link relative to the site root without SITE_URL', () => {
    const document = oembedDocument({ root: '/', language: 'en', view: view('elderly'), title: 'T', iframeTitle: 'I', hashes });
    expect(iframeSrc(document.html)).toMatch(/^\/en\/\?listed=8000&/);
    expect(document.html).toContain('<script src="/embed.js" async></script>');
    expect(document.thumbnail_url).toBe('/cards/en/elderly.png');
  });
});

describe('the page head', () => {
  it('links the oEmbed document and carries Open Graph and Twitter tags, escaped', () => {
    const tags = newsroomHeadTags({
      language: 'en',
      title: 'Vårdpengen: "pay"',
      description: 'A <b>lead</b> & more',
      oembedUrl: 'https://example.org/oembed/en/default.json',
      oembedTitle: 'Vårdpengen',
      imageUrl: 'https://example.org/cards/en/default.png',
      imageAlt: 'SEK 29.5m',
    });
    expect(tags).toContain('<link rel="alternate" type="application/json+oembed" href="https://example.org/oembed/en/default.json" title="Vårdpengen" />');
    for (const tag of [
      '<meta property="og:title" content="Vårdpengen: &quot;pay&quot;" />',
      '<meta property="og:description" content="A &lt;b&gt;lead&lt;/b&gt; &amp; more" />',
      '<meta property="og:image" content="https://example.org/cards/en/default.png" />',
      '<meta property="og:image:width" content="1200" />',
      '<meta property="og:image:height" content="630" />',
      '<meta property="og:image:alt" content="SEK 29.5m" />',
      '<meta property="og:locale" content="en_GB" />',
      '<meta property="og:locale:alternate" content="sv_SE" />',
      '<meta name="twitter:card" content="summary_large_image" />',
    ])
      expect(tags).toContain(tag);
  });
});

describe('AMP', () => {
  it('gives a resizable amp-iframe with a button to show it all, sandboxed for what the embed needs', () => {
    const code = ampEmbedCode({ src: 'https://example.org/?embed=1&panels=totals', title: 'Vårdpengen: "pay"', height: 320.4, overflowLabel: 'Visa hela' });
    expect(code).toBe(
      [
        '<amp-iframe src="https://example.org/?embed=1&amp;panels=totals" title="Vårdpengen: &quot;pay&quot;" width="auto" height="320" layout="fixed-height" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" frameborder="0" resizable>',
        '  <div overflow tabindex="0" role="button" aria-label="Visa hela">Visa hela</div>',
        '</amp-iframe>',
      ].join('\n'),
    );
  });

  it('sizes the frame with the message amp-iframe listens for', () => {
    expect(ampSizeMessage(812)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
  });
});

// ---- the social card ------------------------------------------------------------------

const FONTS = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const sans = fontMetrics(readFileSync(join(FONTS, 'DejaVuSans.ttf')));
/** A measure that is plainly not the font's: every character as wide, so the tests know the widths. */
const even: Measure = (text, style) => [...text].length * style.size * 0.5;
const style: TextStyle = { size: 20, weight: 'normal', family: 'sans' };

async function defaultCard(language: Language, id = 'default', range: ValueRange | null = null) {
  const clinic = view(id).clinic;
  const baseline = ruleSet('stockholm-2022');
  const comparison = ruleSet('proposal-l-2022');
  const [b, c] = await evaluator.evaluateAll([baseline, comparison], clinic);
  return {
    results: [b, c],
    content: cardContent({
      language,
      t: translate(language),
      view: view(id),
      baseline: { ruleSet: baseline, result: b },
      comparison: { ruleSet: comparison, result: c },
      differenceRange: range,
    }),
  };
}

describe('the social card', () => {
  it('says what the page says: the clinic, both totals, the difference and the date of the rules', async () => {
    const { content, results } = await defaultCard('sv');
    expect(content.title).toBe('Vad skulle en vårdcentral få betalt om året?');
    expect(content.clinic).toBe('Typisk vårdcentral, 10\u00a0000 listade patienter');
    expect(content.rows.map((r) => r.name)).toEqual(['Stockholm 2022', 'Liberalernas förslag (2022) — första steget: mål 80 %']);
    // Both totals rest on figures no source gives: marked, and the mark explained.
    expect(results.every((r) => r.illustrative)).toBe(true);
    expect(content.rows.map((r) => r.amount)).toEqual(results.map((r) => `${(r.total / 1e6).toFixed(1).replace('.', ',')} mnkr*`));
    expect(content.note).toBe('* Bygger delvis på siffror som ingen källa anger');
    expect(content.rulesAsOf).toBe(`Regler per ${[ruleSet('stockholm-2022').updated, ruleSet('proposal-l-2022').updated].sort().at(-1)}`);
    const change = results[1].total - results[0].total;
    expect(content.difference.amount).toMatch(change > 0 ? /^\+/ : /^−/);
    expect(content.alt).toContain(content.rows[0].amount);
    expect(content.alt).toContain(content.difference.amount);
  });

  it('calls an invented clinic invented, and a difference whose range crosses zero unclear', async () => {
    const range: ValueRange = { value: 1_090_000, low: -2_480_000, high: 4_870_000, effects: [] };
    const { content } = await defaultCard('en', 'high-need', range);
    expect(content.clinic).toBe('High care need (an invented example), 9,000 listed patients');
    expect(content.difference.tone).toBe('unclear');
    expect(content.difference.detail).toBe('Unclear: from -SEK 2.5m to +SEK 4.9m over the figures no source gives');
    expect(content.alt).toContain('Unclear: from -SEK 2.5m');
    const clear = await defaultCard('en', 'high-need', { ...range, low: 500_000 });
    expect(clear.content.difference).toMatchObject({ tone: 'gain', detail: null });
  });

  it('is an SVG of 1200 × 630 with every text escaped, in the fonts the build loads', async () => {
    const { content } = await defaultCard('en');
    const svg = cardSvg({ ...content, title: 'Pay & <more> "now"' }, even);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/);
    expect(svg).toContain('>Pay &amp; &lt;more&gt; &quot;now&quot;</text>');
    expect(svg).not.toContain('<more>');
    expect(new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['DejaVu Sans', 'DejaVu Serif']));
    for (const text of [content.rows[0].amount, content.rows[1].amount, content.difference.amount, content.rulesAsOf]) expect(svg).toContain(`>${text}</text>`);
  });

  it('keeps long names inside the card: wrapped to two lines, then cut with "…"', async () => {
    const { content } = await defaultCard('en');
    const long = 'A rule set whose name goes on and on '.repeat(6).trim();
    const svg = cardSvg({ ...content, rows: [{ ...content.rows[0], name: long }, content.rows[1]], title: long }, even);
    const texts = [...svg.matchAll(/<text x="(\d+)"[^>]*font-size="(\d+)"[^>]*?( text-anchor="end")?>([^<]*)<\/text>/g)];
    for (const [, x, size, end, text] of texts) {
      const [left, right] = end ? [Number(x) - even(text, { ...style, size: Number(size) }), Number(x)] : [Number(x), Number(x) + even(text, { ...style, size: Number(size) })];
      expect(left, text).toBeGreaterThanOrEqual(0);
      expect(right, text).toBeLessThanOrEqual(1200 - 72 + 0.001);
    }
    // Two lines of the title and two of the name, the last of each cut.
    const ofLong = texts.map(([, , , , text]) => text).filter((text) => long.includes(text.replace(/…$/, '')));
    expect(ofLong).toHaveLength(4);
    expect(ofLong.filter((text) => text.endsWith('…'))).toHaveLength(2);
  });
});

describe('wrapping', () => {
  it('fills each line greedily, and cuts what needs more lines than allowed', () => {
    expect(wrap('aa bb cc dd', 50, 3, style, even)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('aa bb cc dd ee ff', 50, 2, style, even)).toEqual(['aa bb', 'cc d…']);
    expect(wrap('abcdefghijkl', 50, 2, style, even)).toEqual(['abcd…']);
    expect(wrap('29,5\u00a0mnkr 30', 100, 2, style, even)).toEqual(['29,5\u00a0mnkr', '30']);
    expect(wrap('29,5\u00a0mnkr 30', 50, 2, style, even)).toEqual(['29,5…', '30']);
  });
});

describe('the font measure', () => {
  it('reads each character its own width from the font', () => {
    expect(sans.width('WWWW', 20)).toBeGreaterThan(sans.width('iiii', 20));
    expect(sans.width('Vårdpengen', 40)).toBeCloseTo(2 * sans.width('Vårdpengen', 20), 6);
    // A character the font lacks takes .notdef's width, not nothing.
    expect(sans.advance(0x10ffff)).toBeGreaterThan(0);
  });

  it('agrees with what resvg draws in the same font', () => {
    const line = 'Liberalernas förslag (2022) — första steget: mål 80 % −29,5 mnkr';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="10" y="60" font-family="DejaVu Sans" font-size="30">${line}</text></svg>`;
    const drawn = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [join(FONTS, 'DejaVuSans.ttf')], defaultFontFamily: 'DejaVu Sans' } }).getBBox()!;
    const measured = sans.width(line, 30);
    // The ink starts and ends a little inside the advance widths; kerning only narrows.
    expect(drawn.width).toBeLessThanOrEqual(measured);
    expect(drawn.width).toBeGreaterThan(measured * 0.97);
  });
});
