// The oEmbed documents the build writes (oembed.com, type "rich"): for a
// view, the same embed code the embed dialog hands out (src/lib/embed/snippet.ts:
// a titled iframe with the view's default panels and its rules pinned, and the
// script that sizes it), with its size, title and social card. A CMS that reads
// oEmbed discovery finds the document through the page's
// <link rel="alternate" type="application/json+oembed">. Pure: the build writes
// what this returns.

import { embedCode, embedUrl, suggestedHeight } from '../embed/snippet.ts';
import type { Language } from '../format/numbers.ts';
import { DEFAULT_EMBED_PANELS } from '../url/embed.ts';
import { EXPLAINER_PAGES } from '../url/pages.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardPath, viewState, type NewsroomView } from './views.ts';

/** The width an oEmbed consumer reserves; the iframe itself is 100 % wide and the script sets its height. */
export const OEMBED_WIDTH = 640;
export const PROVIDER_NAME = 'Vårdpengen';

export interface OEmbedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface OEmbedOptions {
  /** Where the site's links start (see siteRoot in views.ts): "https://example.org/" or "/". */
  root: string;
  language: Language;
  view: NewsroomView;
  /** The document's title, naming the view. */
  title: string;
  /** The iframe's accessible name (share:iframeTitle). */
  iframeTitle: string;
  /** Rule-set id → content hash, for the pins. */
  hashes: Readonly<Record<string, string>>;
}

export function oembedDocument(options: OEmbedOptions): OEmbedDocument {
  const { root, language, view } = options;
  const panels = [...DEFAULT_EMBED_PANELS];
  const height = suggestedHeight(panels);
  const src = embedUrl(
    `${root}${EXPLAINER_PAGES[language]}`,
    viewState(view, language),
    { panels, language, theme: 'auto', pin: true },
    options.hashes,
    language,
  );
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: PROVIDER_NAME,
    provider_url: root,
    html: embedCode({ src, scriptSrc: `${root}embed.js`, title: options.iframeTitle, height }),
    width: OEMBED_WIDTH,
    height,
    thumbnail_url: `${root}${cardPath(language, view)}`,
    thumbnail_width: CARD_WIDTH,
    thumbnail_height: CARD_HEIGHT,
  };
}

/** The file's text. */
export function oembedJson(document: OEmbedDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
