// One compiled rule set per rule set, built on first use and reused for every
// clinic after that: the page re-evaluates on each slider step.
//
// json-rules-engine (decide.ts) is given or loaded. The CLI, the sweep worker
// and the prerenderer give it (a static import: they need it at once). The
// page loads it with a dynamic import the first time a verdict is not already
// known, so its code is not part of the first view: the prerendered page
// carries its own view's verdicts (seed), and preloads the engine once it is
// idle (preload). When the engine cannot be loaded (its chunk gone after a
// deploy), the evaluation rejects, and the next one tries to load it again.

import type { Clinic } from '../clinic/fields.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import { compileRuleSet, type CompiledRuleSet, type EngineFactory, type RulesEngine } from './compile.ts';
import { evaluateRuleSet, type KnownDecisions } from './evaluate.ts';
import type { DecisionRecorder, DecisionSeeds } from './seeds.ts';
import type { RuleSetResult } from './types.ts';

export interface EvaluatorOptions {
  /** json-rules-engine, given at once (decide.ts's createEngine). */
  createEngine?: EngineFactory;
  /** How to load it when it is not given (default: decide.ts by dynamic import). */
  loadEngine?: () => Promise<EngineFactory>;
  /** Keeps every verdict the engine works out (the prerenderer's, for the page to carry). */
  recorder?: DecisionRecorder;
}

const loadDecide = () => import('./decide.ts').then((module) => module.createEngine);

export class RuleSetEvaluator {
  private readonly compiled = new Map<ResolvedRuleSet, CompiledRuleSet>();
  readonly #createEngine: EngineFactory;
  readonly #loadEngine: () => Promise<EngineFactory>;
  #engineCode: Promise<EngineFactory> | undefined;
  readonly #known: KnownDecisions;

  constructor(options: EvaluatorOptions = {}) {
    this.#loadEngine = options.loadEngine ?? loadDecide;
    this.#createEngine = options.createEngine ?? ((rules) => this.#lazyEngine(rules));
    this.#known = { recorder: options.recorder };
  }

  compiledFor(ruleSet: ResolvedRuleSet): CompiledRuleSet {
    let compiled = this.compiled.get(ruleSet);
    if (!compiled) this.compiled.set(ruleSet, (compiled = compileRuleSet(ruleSet, this.#createEngine)));
    return compiled;
  }

  evaluate(ruleSet: ResolvedRuleSet, clinic: Clinic): Promise<RuleSetResult> {
    return evaluateRuleSet(this.compiledFor(ruleSet), clinic, this.#known);
  }

  evaluateAll(ruleSets: readonly ResolvedRuleSet[], clinic: Clinic): Promise<RuleSetResult[]> {
    return Promise.all(ruleSets.map((ruleSet) => this.evaluate(ruleSet, clinic)));
  }

  /** Verdicts known without the engine: the prerendered page's (see seeds.ts; each is used only for exactly what it was made for). */
  seed(seeds: DecisionSeeds): void {
    this.#known.seeds = seeds;
  }

  /** Keeps every verdict the engine works out from now on (a prerenderer whose page made its own evaluator: the story's). */
  record(recorder: DecisionRecorder): void {
    this.#known.recorder = recorder;
  }

  /** Loads the engine's code ahead of need (the page, once idle); a failure is left to the evaluation that needs it. */
  preload(): void {
    this.#engineCodeLoaded().catch(() => {});
  }

  #engineCodeLoaded(): Promise<EngineFactory> {
    this.#engineCode ??= this.#loadEngine().catch((error: unknown) => {
      this.#engineCode = undefined; // tried again next time
      throw error;
    });
    return this.#engineCode;
  }

  /** A rule set's engine, made when it first runs, from the engine's code once that is loaded. */
  #lazyEngine(rules: Parameters<EngineFactory>[0]): RulesEngine {
    let engine: RulesEngine | undefined;
    return {
      run: async (facts) => {
        engine ??= (await this.#engineCodeLoaded())(rules);
        return engine.run(facts);
      },
    };
  }
}
