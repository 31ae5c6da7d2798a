// Puts a prerendered page into the built index.html: the markup into
// <div id="app">, the language, title and description into the head.

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
  html = replaceOnce(html, /<div id="app"><\/div>/, `<div id="app"${marker}>${page.html}</div>`);
  return html;
}
