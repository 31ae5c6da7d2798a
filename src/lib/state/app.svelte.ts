// Everything the page shares, created once and handed down by context:
// the loaded rule sets, the scenario, the language, the theme and the results.

import { getContext } from 'svelte';
import { IslandScheduler } from '../islands/scheduler.ts';
import { NAMED_DOCTOR_BONUS } from '../engine/continuity.ts';
import { RuleSetEvaluator } from '../engine/evaluator.ts';
import type { Language } from '../format/numbers.ts';
import type { LocaleBundle } from '../i18n/create.ts';
import type { PinOutcome } from '../rules/archive.ts';
import type { Catalog } from '../rules/catalog.ts';
import { notApplicableReason, type PredictQuestion } from '../predict/target.ts';
import { LanguageState, type BundleLoader } from './language.svelte.ts';
import { PredictState } from './predict.svelte.ts';
import { RangesState } from './ranges.svelte.ts';
import { RegionState, type RegionSnapshot } from './region.svelte.ts';
import { ResultsState } from './results.svelte.ts';
import { Scenario, defaultScenario, type ScenarioSnapshot } from './scenario.svelte.ts';
import { ThemeState, type ThemeChoice } from './theme.svelte.ts';
import { ViewState, type ViewSnapshot } from './view.svelte.ts';
import { defaultEmbed, type EmbedSettings } from '../url/embed.ts';
import type { PageState } from '../url/codec.ts';

export interface AppOptions {
  catalog: Catalog;
  language: Language;
  bundle: LocaleBundle;
  loadBundle: BundleLoader;
  scenario?: ScenarioSnapshot;
  view?: ViewSnapshot;
  /** The whole region's inputs: GPs and year. */
  region?: RegionSnapshot;
  theme?: ThemeChoice;
  embed?: EmbedSettings;
  /** Rule sets the address asked for that do not exist. */
  missingRuleSets?: string[];
  /** What became of the rule versions an embed was published with. */
  pinOutcomes?: PinOutcome[];
  /** The page's own language (Swedish at /, English at /en/) and path, for links. */
  pageLanguage?: Language;
  pagePath?: string;
  /** A teacher's question (predict=…): the results stay out of the page until the answer is revealed. */
  predict?: PredictQuestion | null;
  /** The evaluator (the prerenderer's gives the engine at once and records its verdicts); by default one that loads the engine when first needed. */
  evaluator?: RuleSetEvaluator;
}

export class AppState {
  readonly catalog: Catalog;
  readonly evaluator: RuleSetEvaluator;
  readonly scenario: Scenario;
  readonly language: LanguageState;
  readonly results: ResultsState;
  /** Each result's range over the figures no source gives, worked out once the inputs rest. */
  readonly ranges: RangesState;
  readonly theme: ThemeState;
  readonly view: ViewState;
  readonly region: RegionState;
  readonly predict: PredictState;
  readonly embed: EmbedSettings;
  readonly missingRuleSets: string[];
  readonly pinOutcomes: PinOutcome[];
  readonly pageLanguage: Language;
  readonly pagePath: string;
  /**
   * Features not needed for the first view (classroom tools, worksheet, the teacher's question maker,
   * chart downloads) appear once the page is idle, with their strings; until then they are not rendered.
   */
  deferred = $state(false);
  /** True while the page prints: closed disclosures render their content for the worksheet. */
  printing = $state(false);
  /** Takes over the panels below the page's top one task at a time. */
  readonly islands = new IslandScheduler();

  constructor(options: AppOptions) {
    this.catalog = options.catalog;
    this.evaluator = options.evaluator ?? new RuleSetEvaluator();
    this.scenario = new Scenario(options.scenario ?? defaultScenario());
    this.language = new LanguageState(options.language, options.bundle, options.loadBundle);
    this.results = new ResultsState(options.catalog, this.evaluator);
    this.ranges = new RangesState(options.catalog, this.evaluator);
    this.theme = new ThemeState(options.theme);
    this.view = new ViewState(options.view);
    this.region = new RegionState(options.region);
    this.predict = new PredictState(
      options.predict ?? null,
      (question) => notApplicableReason(question, this.scenario, (id) => this.hasNamedDoctorBonus(id)) === null,
    );
    this.embed = options.embed ?? defaultEmbed();
    this.missingRuleSets = options.missingRuleSets ?? [];
    this.pinOutcomes = options.pinOutcomes ?? [];
    this.pageLanguage = options.pageLanguage ?? options.language;
    this.pagePath = options.pagePath ?? '/';
  }

  /** Everything the address records. */
  pageState(): PageState {
    return {
      scenario: this.scenario.snapshot(),
      view: this.view.snapshot(),
      region: this.region.snapshot(),
      language: this.language.current,
      theme: this.theme.choice,
      embed: this.embed,
      predict: this.predict.question,
    };
  }

  /** Whether a rule set pays a named-doctor bonus at all (the engine's namedDoctorBonusEarned is then not null). */
  hasNamedDoctorBonus(ruleSetId: string): boolean {
    return !!this.catalog.get(ruleSetId)?.components.some((c) => c.id === NAMED_DOCTOR_BONUS);
  }

  /**
   * Evaluates the current scenario before the first render, so the page opens with its results.
   * The sweep chart's 202 evaluations are left to the app once it runs (in slices), so they neither
   * delay the first view nor block the page while it is taken over.
   */
  async evaluateNow(): Promise<void> {
    await this.results.evaluate(this.scenario.snapshot());
  }

  /** Back to a recorded state (the visitor pressed back or forward). */
  async restore(state: PageState): Promise<void> {
    this.scenario.restore(state.scenario);
    this.view.restore(state.view);
    this.region.restore(state.region);
    this.theme.set(state.theme);
    this.predict.restore(state.predict);
    await this.language.set(state.language);
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
