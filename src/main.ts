// The browser entry: read the address, load the active language's strings,
// and start the app. Everything it needs to know comes from the address and
// the page's own language (<html lang>), never from the host page.

import { mount } from 'svelte';
import App from './App.svelte';
import type { Language } from './lib/format/numbers.ts';
import { loadBundle } from './lib/i18n/bundles.ts';
import { bundledCatalog } from './lib/rules/bundled.ts';
import { AppState, appContext } from './lib/state/app.svelte.ts';
import { parsePageUrl } from './lib/url/codec.ts';
import './styles/global.css';

const catalog = bundledCatalog();
const pageLanguage: Language = document.documentElement.lang === 'en' ? 'en' : 'sv';
const { state, missingRuleSets } = parsePageUrl(location.search, {
  isKnownRuleSet: (id) => catalog.get(id) !== undefined,
  defaultLanguage: pageLanguage,
});

const app = new AppState({
  catalog,
  language: state.language,
  bundle: await loadBundle(state.language),
  loadBundle,
  scenario: state.scenario,
  view: state.view,
  theme: state.theme,
  embed: state.embed,
  missingRuleSets,
  pageLanguage,
  pagePath: location.pathname,
});
const target = document.getElementById('app')!;
target.replaceChildren();
mount(App, { target, context: appContext(app) });
