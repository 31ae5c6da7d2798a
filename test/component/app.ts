import { render, waitFor } from '@testing-library/svelte';
import { catalogFromDisk } from '../../src/cli/rule-files.ts';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import type { Language } from '../../src/lib/format/numbers.ts';
import type { PredictQuestion } from '../../src/lib/predict/target.ts';
import type { Catalog } from '../../src/lib/rules/catalog.ts';
import { AppState, appContext } from '../../src/lib/state/app.svelte.ts';
import type { ScenarioSnapshot } from '../../src/lib/state/scenario.svelte.ts';
import type { EmbedSettings } from '../../src/lib/url/embed.ts';
import App from '../../src/App.svelte';

const diskCatalog = catalogFromDisk();

export function renderApp(
  options: { language?: Language; catalog?: Catalog; scenario?: ScenarioSnapshot; predict?: PredictQuestion; embed?: EmbedSettings } = {},
) {
  const language = options.language ?? 'en';
  const app = new AppState({
    catalog: options.catalog ?? diskCatalog,
    language,
    bundle: readLocaleBundle(language),
    loadBundle: async (lang, namespaces) => {
      const all = readLocaleBundle(lang);
      return Object.fromEntries(namespaces.map((n) => [n, all[n]]));
    },
    scenario: options.scenario,
    predict: options.predict,
    embed: options.embed,
  });
  return { app, ...render(App, { context: appContext(app) }) };
}

/** Resolves once every panel below the page's top (each an island of its own) has been mounted. */
export async function islandsMounted(): Promise<void> {
  await waitFor(() => {
    const islands = [...document.querySelectorAll('.island')];
    if (!islands.length || islands.some((island) => island.childElementCount === 0)) throw new Error('islands not mounted yet');
  });
}
