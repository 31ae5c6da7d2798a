// The build's files for newsrooms and social networks: for each language and
// each published view (src/lib/newsroom/views.ts) an oEmbed document and a
// 1200 × 630 social card, and the tags each prerendered page carries to find
// them. Run by scripts/build.ts in Node, on the same core and rule files as
// the page; nothing here is shipped to the browser. The cards are drawn as SVG
// (src/lib/newsroom/card.ts) and rasterised by resvg with a font loaded from
// node_modules (dejavu-fonts-ttf), never the machine's own fonts, so every
// machine draws the same card.
//
// SITE_URL (the site's public address, e.g. https://vardpengen.example.org/)
// makes every link absolute, as a CMS and a social network need them; without
// it they are relative to the site's root (see README, "Newsrooms").

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { resolveConfig } from 'vite';
import { readLocaleBundle } from '../src/cli/locales.ts';
import { catalogFromDisk } from '../src/cli/rule-files.ts';
import { RuleSetEvaluator } from '../src/lib/engine/evaluator.ts';
import { RangeEvaluator } from '../src/lib/engine/range.ts';
import { LANGUAGES, type Language } from '../src/lib/format/numbers.ts';
import { hasSpread } from '../src/lib/format/ranges.ts';
import { createI18n, translator } from '../src/lib/i18n/create.ts';
import { cardContent, cardSvg, CARD_FONTS, type CardContent, type Measure, type TextStyle } from '../src/lib/newsroom/card.ts';
import { newsroomHeadTags } from '../src/lib/newsroom/head.ts';
import { oembedDocument, oembedJson } from '../src/lib/newsroom/oembed.ts';
import { cardPath, NEWSROOM_VIEWS, oembedPath, siteRoot } from '../src/lib/newsroom/views.ts';
import { DEFAULT_BASELINE, DEFAULT_COMPARISONS } from '../src/lib/state/scenario.svelte.ts';
import { fontMetrics, type FontMetrics } from './font-metrics.ts';

const FONT_DIRECTORY = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/** The font file of each style the card uses. */
const FONT_FILES: Readonly<Record<string, string>> = {
  'sans normal': 'DejaVuSans.ttf',
  'sans bold': 'DejaVuSans-Bold.ttf',
  'serif bold': 'DejaVuSerif-Bold.ttf',
};

export interface NewsroomFiles {
  /** The tags for a language's explainer page (title and description are the page's own). */
  headTags(language: Language, page: { title: string; description: string }): string;
}

export async function writeNewsroomFiles(outDir: string, siteUrl = process.env.SITE_URL): Promise<NewsroomFiles> {
  const { base } = await resolveConfig({ logLevel: 'warn' }, 'build', 'production');
  const { root, absolute } = siteRoot(siteUrl, base);
  const catalog = catalogFromDisk();
  const evaluator = new RuleSetEvaluator();
  const ranges = new RangeEvaluator(catalog, evaluator);
  const baseline = catalog.get(DEFAULT_BASELINE);
  const comparison = catalog.get(DEFAULT_COMPARISONS[0]);
  if (!baseline || !comparison) throw new Error(`the default rule sets ${DEFAULT_BASELINE} and ${DEFAULT_COMPARISONS[0]} did not load`);
  const hashes = Object.fromEntries(catalog.ruleSets.map((r) => [r.id, r.contentHash]));
  const measure = fontMeasure();
  const write = (path: string, data: string | Buffer) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), data);
  };

  const defaults = new Map<Language, { content: CardContent; oembedTitle: string }>();
  for (const language of LANGUAGES) {
    const t = translator(createI18n(language, readLocaleBundle(language)));
    for (const view of NEWSROOM_VIEWS) {
      const [baselineResult, comparisonResult] = await evaluator.evaluateAll([baseline, comparison], view.clinic);
      const range = await ranges.differenceRange(baseline, comparison, view.clinic);
      const content = cardContent({
        language,
        t,
        view,
        baseline: { ruleSet: baseline, result: baselineResult },
        comparison: { ruleSet: comparison, result: comparisonResult },
        differenceRange: hasSpread(range) ? range : null,
      });
      write(cardPath(language, view), render(cardSvg(content, measure)));
      const title = t('newsroom:card.oembedTitle', { baseline: content.rows[0].name, comparison: content.rows[1].name, clinic: content.clinic });
      const document = oembedDocument({ root, language, view, title, iframeTitle: t('share:iframeTitle'), hashes });
      write(oembedPath(language, view), oembedJson(document));
      if (view.id === 'default') defaults.set(language, { content, oembedTitle: title });
    }
  }
  const count = LANGUAGES.length * NEWSROOM_VIEWS.length;
  console.log(`wrote ${count} oEmbed documents and ${count} social cards, links ${absolute ? `absolute (${root})` : 'relative (no SITE_URL)'}`);

  return {
    headTags(language, page) {
      const { content, oembedTitle } = defaults.get(language)!;
      const view = NEWSROOM_VIEWS[0];
      return newsroomHeadTags({
        language,
        title: page.title,
        description: page.description,
        oembedUrl: `${root}${oembedPath(language, view)}`,
        oembedTitle,
        imageUrl: `${root}${cardPath(language, view)}`,
        imageAlt: content.alt,
      });
    },
  };
}

/** Text widths from the very font files resvg draws with. */
function fontMeasure(): Measure {
  const metrics = new Map<string, FontMetrics>();
  return (text: string, style: TextStyle) => {
    const key = `${style.family} ${style.weight}`;
    let font = metrics.get(key);
    if (!font) {
      const file = FONT_FILES[key];
      if (!file) throw new Error(`the card uses ${key}, which has no font file`);
      metrics.set(key, (font = fontMetrics(readFileSync(join(FONT_DIRECTORY, file)))));
    }
    return font.width(text, style.size);
  };
}

function render(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: Object.values(FONT_FILES).map((file) => join(FONT_DIRECTORY, file)),
      defaultFontFamily: CARD_FONTS.sans,
    },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}
