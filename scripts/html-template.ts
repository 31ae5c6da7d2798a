// Puts a prerendered page into the built index.html: the markup into
// <div id="app">, the language, title and description into the head.

import { createHash } from 'node:crypto';
import type { Language } from '../src/lib/format/numbers.ts';
import type { PrerenderedPage } from '../src/prerender/render.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function fillTemplate(template: string, language: Language, page: PrerenderedPage, options = { prerendered: true }): string {
  const replaceOnce = (html: string, pattern: RegExp, replacement: string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${pattern}`);
    return html.replace(pattern, () => replacement);
  };
  let html = template;
  html = replaceOnce(html, /<html lang="[a-z]+">/, `<html lang="${language}">`);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
  html = replaceOnce(html, /<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(page.description)}" />`);
  const marker = options.prerendered ? ` data-prerendered="${language}"` : '';
  // The ranges the markup shows, as data (not a script: the Content-Security-Policy runs none inline).
  const data = (id: string, value: unknown) => `\n    <script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
  const ranges = options.prerendered && page.ranges ? data('prerendered-ranges', page.ranges) : '';
  // And json-rules-engine's verdicts behind them, so the first view needs none of the engine's code.
  const decisions = options.prerendered && page.decisions?.length ? data('prerendered-decisions', page.decisions) : '';
  html = replaceOnce(html, /<div id="app"><\/div>/, `<div id="app"${marker}>${page.html}</div>${ranges}${decisions}`);
  return html;
}

/** Adds tags at the end of <head> (the newsroom's oEmbed discovery, Open Graph and Twitter tags: scripts/newsroom.ts). */
export function addToHead(html: string, tags: string): string {
  const end = /\n?[ \t]*<\/head>/;
  if (!end.test(html)) throw new Error('the page has no </head>');
  return html.replace(end, () => `\n${tags.trim() ? `${tags}\n` : ''}  </head>`);
}

/**
 * Replaces the stylesheet link with the stylesheet itself, so the first paint waits for no second
 * request, and allows exactly that style in the Content-Security-Policy by its hash (no
 * 'unsafe-inline'). The stylesheet holds no url(), so moving it does not change what it refers to.
 */
export function inlineStylesheet(html: string, readAsset: (path: string) => string): string {
  const link = /<link rel="stylesheet" crossorigin href="(\/[^"]+\.css)">/;
  const match = link.exec(html);
  if (!match) throw new Error('index.html has no stylesheet link to inline');
  const css = readAsset(match[1]).trim();
  if (/url\(/.test(css) || css.includes('</style')) throw new Error(`${match[1]} cannot be inlined as it is`);
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  const withPolicy = html.replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
  if (withPolicy === html) throw new Error('index.html has no style-src to extend');
  return withPolicy.replace(link, () => `<style>${css}</style>`);
}

/**
 * The page is readable before any script runs (it is prerendered), so its scripts are fetched at
 * low priority: the browser spends the first round trips on the HTML and the paint, not on the
 * code that takes over afterwards.
 */
export function lowerScriptPriority(html: string): string {
  const lowered = html.replace(/<script type="module" crossorigin src=/g, '<script type="module" crossorigin fetchpriority="low" src=');
  if (!lowered.includes('fetchpriority="low"')) throw new Error('index.html has no module script to lower');
  return lowered;
}
