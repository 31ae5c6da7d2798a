// "Year by year": the clinic's total under every year's rules and every
// proposal, and each total's range over the figures no source gives. The
// totals follow every input at once (a dozen evaluations, about as much as
// the page's own); the ranges are ~20 evaluations a rule set, so they wait for
// the inputs to rest and run one swing per task, and until they are worked out
// for the current inputs the section shows none rather than a stale one.
// Loaded with the section (src/islands.ts), never in the page's first view.

import type { Clinic } from '../clinic/fields.ts';
import type { RuleSetEvaluator } from '../engine/evaluator.ts';
import { RangeEvaluator } from '../engine/range.ts';
import type { Catalog } from '../rules/catalog.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import { proposalRuleSets, yearRuleSets } from '../years/history.ts';
import type { AppState } from './app.svelte.ts';
import { LatestRun, Superseded } from './latest-run.ts';
import { RANGES_SETTLE_MS } from './ranges.svelte.ts';

export interface YearTotal {
  total: number;
  perListedPatient: number;
  /** An illustrative figure drives it. */
  illustrative: boolean;
}

export interface TotalRange {
  low: number;
  high: number;
}

/** Figures by rule-set id, for the clinic whose key they carry. */
export interface Keyed<T> {
  key: string;
  byId: Record<string, T>;
}

/** The inputs a total depends on, as one string. */
export function clinicKey(clinic: Clinic): string {
  return JSON.stringify(clinic);
}

export class YearsState {
  /** Every year's rule set, oldest first, then the proposals by date. */
  readonly years: ResolvedRuleSet[];
  readonly proposals: ResolvedRuleSet[];
  totals = $state.raw<Keyed<YearTotal> | null>(null);
  ranges = $state.raw<Keyed<TotalRange> | null>(null);
  #request = 0;
  readonly #rangeRuns = new LatestRun();
  /** The ranges being worked out, for which inputs. */
  #pending: { key: string; done: Promise<void> } | null = null;
  readonly #ranges: RangeEvaluator;

  constructor(
    catalog: Catalog,
    private readonly evaluator: RuleSetEvaluator,
  ) {
    this.years = yearRuleSets(catalog);
    this.proposals = proposalRuleSets(catalog);
    this.#ranges = new RangeEvaluator(catalog, evaluator);
  }

  get ruleSets(): ResolvedRuleSet[] {
    return [...this.years, ...this.proposals];
  }

  /** The ranges, only if they belong to this clinic. */
  rangesFor(clinic: Clinic): Record<string, TotalRange> | null {
    return this.ranges?.key === clinicKey(clinic) ? this.ranges.byId : null;
  }

  /**
   * The totals for this clinic at once, then the ranges: once the inputs have rested (`settle`), one
   * swing per task (or all at once with `immediate`, for the build's prerendering). Resolves when
   * both are in, or when newer inputs have replaced them.
   */
  async evaluate(clinic: Clinic, options: { settle?: boolean; immediate?: boolean } = {}): Promise<void> {
    const key = clinicKey(clinic);
    if (this.totals?.key !== key) {
      const request = ++this.#request;
      const results = await this.evaluator.evaluateAll(this.ruleSets, clinic);
      if (request !== this.#request) return;
      this.totals = {
        key,
        byId: Object.fromEntries(
          results.map((r) => [r.ruleSet, { total: r.total, perListedPatient: r.perListedPatient, illustrative: r.illustrative }]),
        ),
      };
    }
    await this.#evaluateRanges(clinic, key, options);
  }

  #evaluateRanges(clinic: Clinic, key: string, options: { settle?: boolean; immediate?: boolean }): Promise<void> {
    if (this.ranges?.key === key) return Promise.resolve();
    if (this.#pending?.key === key) return this.#pending.done;
    const pending = { key, done: this.#workOutRanges(clinic, key, options) };
    this.#pending = pending;
    const clear = () => {
      if (this.#pending === pending) this.#pending = null;
    };
    pending.done.then(clear, clear);
    return pending.done;
  }

  async #workOutRanges(clinic: Clinic, key: string, { settle = true, immediate = false }: { settle?: boolean; immediate?: boolean }): Promise<void> {
    const { pause, current } = await this.#rangeRuns.begin(settle ? RANGES_SETTLE_MS : 0, { immediate });
    try {
      const byId: Record<string, TotalRange> = {};
      for (const ruleSet of this.ruleSets) {
        const total = this.totals?.key === key ? this.totals.byId[ruleSet.id]?.total : undefined;
        const { low, high } = await this.#ranges.totalRange(ruleSet, clinic, total, pause);
        byId[ruleSet.id] = { low, high };
      }
      if (current()) this.ranges = { key, byId };
    } catch (error) {
      if (error instanceof Superseded) return;
      // The years' totals stand; only their whiskers are missing (the page's own ranges say why: RangesState.failed).
      console.error(`the years' ranges could not be worked out: ${String(error)}`);
    }
  }
}

const states = new WeakMap<AppState, YearsState>();

/** The section's state for a page (one per app, made when the section first needs it). */
export function yearsOf(app: AppState): YearsState {
  let state = states.get(app);
  if (!state) states.set(app, (state = new YearsState(app.catalog, app.evaluator)));
  return state;
}
