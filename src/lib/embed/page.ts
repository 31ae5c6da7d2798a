// An embed view is the same HTML as the full page: a static page cannot vary
// by its query. Once the app runs in an embed (EmbedFooter.svelte, which every
// embed view has), this marks the page as one.

import type { AppState } from '../state/app.svelte.ts';
import { serializePageUrl } from '../url/codec.ts';

/**
 * Asks search engines not to index the page and names the full explainer with the same view as its
 * canonical address; and gives the page its look from the address (transparent=1: no page
 * background, src/styles/newsroom.css).
 */
export function markEmbedPage(app: Pick<AppState, 'pageState' | 'pageLanguage' | 'pagePath'>): void {
  const state = app.pageState();
  const full = serializePageUrl(state, { defaultLanguage: app.pageLanguage, embed: false });
  const head = document.head;
  const robots = head.querySelector<HTMLMetaElement>('meta[name="robots"]') ?? head.appendChild(document.createElement('meta'));
  robots.name = 'robots';
  robots.content = 'noindex';
  const link = head.querySelector<HTMLLinkElement>('link[rel="canonical"]') ?? head.appendChild(document.createElement('link'));
  link.rel = 'canonical';
  link.href = `${location.origin}${app.pagePath}${full}`;
  document.documentElement.toggleAttribute('data-transparent', state.embed.transparent);
}
