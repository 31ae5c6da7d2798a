// Build-time rendering of the default view, one page per language, so the
// first paint shows real numbers before any JavaScript runs (and without
// JavaScript at all). The browser entry then hydrates the same markup,
// computed from the same rules, so nothing moves.

import { render } from 'svelte/server';
import App from '../App.svelte';
import { ISLANDS, LAZY_ISLANDS } from '../islands.ts';
import type { Language } from '../lib/format/numbers.ts';
import { createEngine } from '../lib/engine/decide.ts';
import { RuleSetEvaluator } from '../lib/engine/evaluator.ts';
import { DecisionRecorder, type DecisionSeed } from '../lib/engine/seeds.ts';
import { CORE_NAMESPACES, loadBundle } from '../lib/i18n/bundles.ts';
import { bundledCatalog, loadRuleTexts } from '../lib/rules/bundled.ts';
import { AppState, appContext } from '../lib/state/app.svelte.ts';
import { compactRangeSet, type RangeSet } from '../lib/state/ranges.svelte.ts';

export interface PrerenderedPage {
  html: string;
  /** The ranges the markup shows, for the browser to start from (so hydrating changes nothing). */
  ranges?: RangeSet | null;
  /**
   * json-rules-engine's verdicts for every evaluation the markup needed, for the browser to start
   * from: its first view then evaluates without loading the engine (src/lib/engine/seeds.ts).
   */
  decisions?: DecisionSeed[];
  title: string;
  description: string;
}

export async function renderDefaultPage(language: Language, pagePath: string): Promise<PrerenderedPage> {
  // Only what the browser loads before it hydrates each part, so the markup has the same texts.
  const lazyNamespaces = Object.values(LAZY_ISLANDS).flatMap((panel) => panel.namespaces);
  const bundle = await loadBundle(language, [...new Set([...CORE_NAMESPACES, ...lazyNamespaces])]);
  const recorder = new DecisionRecorder();
  const evaluator = new RuleSetEvaluator({ createEngine, recorder });
  const app = new AppState({ catalog: bundledCatalog(), language, bundle, loadBundle, pageLanguage: language, pagePath, evaluator });
  await app.evaluateNow();
  await loadRuleTexts();
  // The page without JavaScript shows each result's range too; in the browser they follow once the inputs rest.
  await app.ranges.evaluate(app.scenario.snapshot(), { immediate: true });
  const context = appContext(app);
  let html = render(App, { context }).body;
  // Each island's markup goes into its placeholder in App's.
  const lazy = await Promise.all(Object.entries(LAZY_ISLANDS).map(async ([name, panel]) => [name, (await panel.load(app)).default] as const));
  for (const [name, component] of [...Object.entries(ISLANDS), ...lazy]) {
    const placeholder = new RegExp(`(<div class="island" data-island="${name}"[^>]*>)(</div>)`);
    if (!placeholder.test(html)) throw new Error(`App's markup has no island "${name}"`);
    const island = render(component, { context }).body;
    html = html.replace(placeholder, (_, open: string, close: string) => `${open}${island}${close}`);
  }
  return {
    html,
    title: app.language.t('app.documentTitle'),
    description: app.language.t('app.lead'),
    ranges: app.ranges.current && compactRangeSet(app.ranges.current),
    decisions: recorder.seeds(),
  };
}
export { renderStoryPage } from './story.ts';
export { renderTeachersPage } from './teachers.ts';
