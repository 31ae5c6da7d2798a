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
  return allowByHash(html, 'style-src', css).replace(link, () => `<style>${css}</style>`);
}

/**
 * The page's Content-Security-Policy with one more inline style or script allowed, exactly that one,
 * by its sha256 hash (no 'unsafe-inline'). `page` names the page in the error when the policy has no
 * such directive to extend.
 */
export function allowByHash(html: string, directive: 'style-src' | 'script-src', content: string, page = 'index.html'): string {
  const hash = createHash('sha256').update(content, 'utf8').digest('base64');
  const withPolicy = html.replace(`${directive} 'self'`, `${directive} 'self' 'sha256-${hash}'`);
  if (withPolicy === html) throw new Error(`${page} has no ${directive} to extend`);
  return withPolicy;
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

/** The app's modules as the explainer's boot script reads them from the page (src/boot.ts). */
export interface AppModules {
  /** The app's entry chunk. */
  entry: string;
  /** Every chunk the entry imports, directly or not: fetched together with it. */
  preload: string[];
}

/**
 * The explainer's boot script in the page itself, and the app's modules named beside it: before its
 * first paint the page then asks for nothing but itself (a script file, or a module it imports or
 * preloads, would be a request that Lighthouse counts as holding up the largest paint, by a round
 * trip). The script is allowed by its hash in the Content-Security-Policy, as the stylesheet is (no
 * 'unsafe-inline'). It must import nothing: it is built from src/boot.ts, which imports only styles.
 */
export function inlineBootScript(html: string, readAsset: (path: string) => string, modules: AppModules): string {
  const tag = /<script type="module" crossorigin src="(\/[^"]+\.js)"><\/script>/;
  const match = tag.exec(html);
  if (!match) throw new Error('index.html has no module script to inline');
  const code = readAsset(match[1]).trim();
  if (/^\s*(import|export)\b/m.test(code) || /\bimport\s*["'{*]/.test(code)) throw new Error(`${match[1]} imports or exports: it cannot be inlined`);
  if (code.includes('</script')) throw new Error(`${match[1]} cannot be inlined as it is`);
  const withPolicy = allowByHash(html, 'script-src', code);
  const named = `<script type="application/json" id="app-modules">${JSON.stringify(modules).replace(/</g, '\\u003c')}</script>`;
  return withPolicy
    .replace(/\n?[ \t]*<link rel="modulepreload"[^>]*>/g, '')
    .replace(tag, () => `${named}\n    <script type="module">${code}</script>`);
}
