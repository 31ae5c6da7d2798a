// Build-time rendering of the default view, one page per language, so the
// first paint shows real numbers before any JavaScript runs (and without
// JavaScript at all). The browser entry then hydrates the same markup,
// computed from the same rules, so nothing moves.

import { render } from 'svelte/server';
import App from '../App.svelte';
import type { Language } from '../lib/format/numbers.ts';
import { CORE_NAMESPACES, loadBundle } from '../lib/i18n/bundles.ts';
import { bundledCatalog } from '../lib/rules/bundled.ts';
import { AppState, appContext } from '../lib/state/app.svelte.ts';

export interface PrerenderedPage {
  html: string;
  title: string;
  description: string;
}

export async function renderDefaultPage(language: Language, pagePath: string): Promise<PrerenderedPage> {
  // Only what the browser loads at start, so the markup it hydrates has the same texts.
  const bundle = await loadBundle(language, CORE_NAMESPACES);
  const app = new AppState({ catalog: bundledCatalog(), language, bundle, loadBundle, pageLanguage: language, pagePath });
  await app.evaluateNow();
  const { body } = render(App, { context: appContext(app) });
  return { html: body, title: app.language.t('app.documentTitle'), description: app.language.t('app.lead') };
}
