// The tags a prerendered page carries for newsrooms and social networks:
// oEmbed discovery, Open Graph (title, description, the social card with its
// size and alt text, locale) and Twitter's large-image card. Pure: the build
// puts the string into each page's <head> (scripts/html-template.ts).

import type { Language } from '../format/numbers.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './views.ts';

const OG_LOCALES: Readonly<Record<Language, string>> = { sv: 'sv_SE', en: 'en_GB' };

export interface HeadTagOptions {
  language: Language;
  title: string;
  description: string;
  /** The page's oEmbed document and social card, as the page should link them (absolute with SITE_URL). */
  oembedUrl: string;
  oembedTitle: string;
  imageUrl: string;
  imageAlt: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function newsroomHeadTags(options: HeadTagOptions): string {
  const meta = (key: 'property' | 'name', name: string, content: string | number) =>
    `<meta ${key}="${name}" content="${escapeAttribute(String(content))}" />`;
  const alternate = Object.entries(OG_LOCALES).filter(([language]) => language !== options.language);
  return [
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(options.oembedUrl)}" title="${escapeAttribute(options.oembedTitle)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Vårdpengen'),
    meta('property', 'og:title', options.title),
    meta('property', 'og:description', options.description),
    meta('property', 'og:locale', OG_LOCALES[options.language]),
    ...alternate.map(([, locale]) => meta('property', 'og:locale:alternate', locale)),
    meta('property', 'og:image', options.imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', CARD_WIDTH),
    meta('property', 'og:image:height', CARD_HEIGHT),
    meta('property', 'og:image:alt', options.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
  ]
    .map((tag) => `    ${tag}`)
    .join('\n');
}
