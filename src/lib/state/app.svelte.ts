// Everything the page shares, created once and handed down by context:
// the loaded rule sets, the scenario, the language, the theme and the results.

import { getContext } from 'svelte';
import { RuleSetEvaluator } from '../engine/evaluator.ts';
import type { RuleSetResult } from '../engine/types.ts';
import type { Language } from '../format/numbers.ts';
import type { LocaleBundle } from '../i18n/create.ts';
import type { Catalog } from '../rules/catalog.ts';
import { LanguageState, type BundleLoader } from './language.svelte.ts';
import { ResultsState } from './results.svelte.ts';
import { Scenario, defaultScenario, type ScenarioSnapshot } from './scenario.svelte.ts';
import { ThemeState, type ThemeChoice } from './theme.svelte.ts';

export interface AppOptions {
  catalog: Catalog;
  language: Language;
  bundle: LocaleBundle;
  loadBundle: BundleLoader;
  scenario?: ScenarioSnapshot;
  results?: RuleSetResult[];
  theme?: ThemeChoice;
}

export class AppState {
  readonly catalog: Catalog;
  readonly evaluator = new RuleSetEvaluator();
  readonly scenario: Scenario;
  readonly language: LanguageState;
  readonly results: ResultsState;
  readonly theme: ThemeState;

  constructor(options: AppOptions) {
    this.catalog = options.catalog;
    this.scenario = new Scenario(options.scenario ?? defaultScenario());
    this.language = new LanguageState(options.language, options.bundle, options.loadBundle);
    this.results = new ResultsState(options.catalog, this.evaluator, options.results);
    this.theme = new ThemeState(options.theme);
  }
}

/** The context key under which mount, hydrate and render receive the app. */
export const APP_CONTEXT = Symbol('vardpengen');

export function getApp(): AppState {
  return getContext<AppState>(APP_CONTEXT);
}

export function appContext(app: AppState): Map<symbol, AppState> {
  return new Map([[APP_CONTEXT, app]]);
}
