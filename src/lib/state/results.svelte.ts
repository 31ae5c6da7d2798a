// The results on the page: every chosen rule set evaluated for the current
// clinic, and the sweep chart's curves. Evaluation is asynchronous
// (json-rules-engine, whose code the page loads when first needed); a newer
// request always wins over an older one, so a fast drag never shows stale
// numbers. When an evaluation fails (the engine's code could not be loaded)
// the numbers shown are no longer current: `failed` says so, for the page to
// tell the visitor.

import type { Clinic, ClinicFieldId } from '../clinic/fields.ts';
import { compareResults, diffRuleSets, type ResultComparison, type RuleDifference } from '../engine/compare.ts';
import type { RuleSetEvaluator } from '../engine/evaluator.ts';
import type { Sweep } from '../engine/sweep.ts';
import type { RuleSetResult } from '../engine/types.ts';
import { count, countSweepPoint, countWorkerSweepPoints } from '../perf/counters.ts';
import type { SweepWorkerClient } from '../sweep/client.ts';
import type { Catalog } from '../rules/catalog.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import type { ScenarioSnapshot } from './scenario.svelte.ts';

/** How long the inputs must rest before the sweep chart's curves are recomputed. */
export const SWEEP_SETTLE_MS = 150;
/** Evaluations between yields to the browser while a sweep runs. */
const SWEEP_SLICE = 20;

class SupersededSweep extends Error {}

export class ResultsState {
  /** Results by rule-set id, for the chosen rule sets. */
  byId = $state.raw<Record<string, RuleSetResult>>({});
  sweep = $state.raw<Sweep | null>(null);
  /** Set when the sweep worker failed and the page sweeps on its own main thread instead: the page says so. */
  sweepOnMainThread = $state(false);
  /** Set when the latest evaluation failed, so the results shown are not for the current inputs; cleared by the next that succeeds. */
  failed = $state(false);
  /** The sweep's code (and its worker's client), loaded with the first sweep: not part of the first view. */
  #sweepCode: Promise<{ sweep: typeof import('../engine/sweep.ts').sweep; worker: SweepWorkerClient; Unavailable: typeof import('../sweep/client.ts').SweepWorkerUnavailable }> | undefined;
  #loadSweepCode() {
    this.#sweepCode ??= Promise.all([import('../engine/sweep.ts'), import('../sweep/client.ts')]).then(
      ([engine, client]) => ({ sweep: engine.sweep, worker: new client.SweepWorkerClient(), Unavailable: client.SweepWorkerUnavailable }),
      (error: unknown) => {
        this.#sweepCode = undefined;
        throw error;
      },
    );
    return this.#sweepCode;
  }
  #evaluation = 0;
  #sweepRequest = 0;
  #sweepKey = '';
  #sweepTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly catalog: Catalog,
    private readonly evaluator: RuleSetEvaluator,
  ) {}

  /** The chosen rule sets that exist, baseline first; unknown ids are left to the picker to report. */
  chosen(snapshot: Pick<ScenarioSnapshot, 'baseline' | 'comparisons'>): ResolvedRuleSet[] {
    return [snapshot.baseline, ...snapshot.comparisons]
      .map((id) => this.catalog.get(id))
      .filter((r): r is ResolvedRuleSet => r !== undefined);
  }

  /**
   * What the results on the page (or the evaluation under way) are for: the page's start evaluates
   * before it takes the markup over, and the page's effect then asks again for the same inputs,
   * which would redo the work and re-render every result in the task that takes the page over.
   */
  #evaluatedKey = '';

  async evaluate(snapshot: ScenarioSnapshot): Promise<void> {
    const chosen = this.chosen(snapshot);
    const key = JSON.stringify([chosen.map((r) => [r.id, r.contentHash]), snapshot.clinic]);
    if (key === this.#evaluatedKey) return;
    this.#evaluatedKey = key;
    count('evaluations');
    const request = ++this.#evaluation;
    let results: RuleSetResult[];
    try {
      results = await this.evaluator.evaluateAll(chosen, snapshot.clinic);
    } catch (error) {
      if (request !== this.#evaluation) return;
      console.error(`the results could not be worked out: ${String(error)}`);
      this.#evaluatedKey = ''; // the same inputs are tried again
      this.failed = true;
      return;
    }
    if (request !== this.#evaluation) return;
    this.byId = Object.fromEntries(results.map((r) => [r.ruleSet, r]));
    this.failed = false;
  }

  /**
   * The sweep depends on every input except the one it moves: moving that
   * input only moves the marker, so nothing is recomputed. Otherwise it waits
   * for the inputs to rest (a drag moves only the marker meanwhile), then runs
   * in small slices, each a short task, abandoned as soon as a newer sweep is asked for.
   */
  async evaluateSweep(snapshot: ScenarioSnapshot, options: { immediate?: boolean } = {}): Promise<void> {
    const ruleSets = this.chosen(snapshot);
    const key = sweepKey(snapshot.clinic, snapshot.sweepField, ruleSets);
    if (key === this.#sweepKey) return;
    this.#sweepKey = key;
    const request = ++this.#sweepRequest;
    clearTimeout(this.#sweepTimer);
    if (!options.immediate) await new Promise((resolve) => (this.#sweepTimer = setTimeout(resolve, SWEEP_SETTLE_MS)));
    if (request !== this.#sweepRequest) return;
    const { sweep, worker, Unavailable } = await this.#loadSweepCode();
    if (request !== this.#sweepRequest) return;
    // Off the main thread when the worker can; on it, in slices, when it cannot.
    if (!options.immediate) {
      try {
        const { sweep: result, points } = await worker.run(ruleSets, snapshot.clinic, snapshot.sweepField);
        countWorkerSweepPoints(points);
        if (request === this.#sweepRequest) this.sweep = result;
        return;
      } catch (error) {
        if (!(error instanceof Unavailable)) throw error;
        if (error.reason === 'failed') {
          if (!this.sweepOnMainThread) console.warn(`${error.message}; the page computes the sweep itself`);
          this.sweepOnMainThread = true;
        }
        if (request !== this.#sweepRequest) return;
      }
    }
    const pause = options.immediate
      ? undefined
      : async (done: number) => {
          countSweepPoint();
          if (request !== this.#sweepRequest) throw new SupersededSweep();
          if (done % SWEEP_SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        };
    try {
      const result = await sweep(this.evaluator, ruleSets, snapshot.clinic, snapshot.sweepField, { pause });
      if (request === this.#sweepRequest) this.sweep = result;
    } catch (error) {
      if (!(error instanceof SupersededSweep)) throw error;
    }
  }

  comparison(baseline: string, comparison: string): ResultComparison | null {
    const a = this.byId[baseline];
    const b = this.byId[comparison];
    return a && b ? compareResults(a, b) : null;
  }

  #differences = new Map<string, RuleDifference[]>();
  differences(baseline: string, comparison: string): RuleDifference[] {
    const key = `${baseline}→${comparison}`;
    let found = this.#differences.get(key);
    const a = this.catalog.get(baseline);
    const b = this.catalog.get(comparison);
    if (!found && a && b) this.#differences.set(key, (found = diffRuleSets(a, b)));
    return found ?? [];
  }
}

function sweepKey(clinic: Clinic, field: ClinicFieldId, ruleSets: ResolvedRuleSet[]): string {
  const others = Object.entries(clinic).filter(([id]) => id !== field);
  return JSON.stringify([field, ruleSets.map((r) => r.id), others]);
}
