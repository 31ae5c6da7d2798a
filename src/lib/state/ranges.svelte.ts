// The ranges beside the page's numbers: for each chosen rule set the range
// of its total, and for each comparison the range of its difference from the
// baseline, over the readings of every uncertain figure (src/lib/engine/range.ts).
// They wait for the inputs to rest and run one swing per task, so a drag
// never pays for them; until they are worked out for the current inputs the
// page shows none rather than a stale one.

import type { RuleSetEvaluator } from '../engine/evaluator.ts';
import type { RangeEvaluator, ValueRange } from '../engine/range.ts';
import type { Catalog } from '../rules/catalog.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import { LatestRun, Superseded } from './latest-run.ts';
import type { ScenarioSnapshot } from './scenario.svelte.ts';

/** How long the inputs must rest before the ranges are worked out. */
export const RANGES_SETTLE_MS = 250;

export interface RangeSet {
  /** The inputs they were worked out for. */
  key: string;
  totals: Record<string, ValueRange>;
  /** By comparison id: comparison's total minus the baseline's. */
  differences: Record<string, ValueRange>;
}

export class RangesState {
  current = $state.raw<RangeSet | null>(null);
  /**
   * True when the ranges for the current inputs could not be worked out (their code or the rules
   * engine could not be loaded): the page then says so where they would be, rather than leaving a gap.
   */
  failed = $state(false);
  readonly #runs = new LatestRun();
  /** The range engine, loaded the first time ranges are worked out (not part of the first view). */
  #ranges: Promise<RangeEvaluator> | undefined;

  constructor(
    private readonly catalog: Catalog,
    private readonly evaluator: RuleSetEvaluator,
  ) {}

  #rangeEvaluator(): Promise<RangeEvaluator> {
    this.#ranges ??= import('../engine/range.ts').then(
      ({ RangeEvaluator }) => new RangeEvaluator(this.catalog, this.evaluator),
      (error: unknown) => {
        this.#ranges = undefined; // fetched again next time
        throw error;
      },
    );
    return this.#ranges;
  }

  /**
   * Starts from the ranges the prerendered page shows, when they are for these very inputs: the
   * markup is then hydrated as it is, instead of losing its ranges until they are worked out again.
   */
  seed(prerendered: RangeSet | null | undefined, snapshot: ScenarioSnapshot): void {
    if (prerendered?.key === rangeKey(snapshot)) this.current = prerendered;
  }

  /** The ranges, only if they belong to these inputs. */
  for(snapshot: Pick<ScenarioSnapshot, 'baseline' | 'comparisons' | 'clinic'>): RangeSet | null {
    return this.current?.key === rangeKey(snapshot) ? this.current : null;
  }

  async evaluate(snapshot: ScenarioSnapshot, options: { immediate?: boolean } = {}): Promise<void> {
    const key = rangeKey(snapshot);
    if (this.current?.key === key) return;
    const { pause, current } = await this.#runs.begin(RANGES_SETTLE_MS, options);
    const chosen = [snapshot.baseline, ...snapshot.comparisons]
      .map((id) => this.catalog.get(id))
      .filter((r): r is ResolvedRuleSet => r !== undefined);
    try {
      const ranges = await this.#rangeEvaluator();
      const totals: Record<string, ValueRange> = {};
      for (const ruleSet of chosen) totals[ruleSet.id] = await ranges.totalRange(ruleSet, snapshot.clinic, undefined, pause);
      const differences: Record<string, ValueRange> = {};
      const [baseline, ...comparisons] = chosen;
      for (const comparison of baseline ? comparisons : []) {
        differences[comparison.id] = await ranges.differenceRange(baseline, comparison, snapshot.clinic, pause);
      }
      if (current()) {
        this.current = { key, totals, differences };
        this.failed = false;
      }
    } catch (error) {
      if (error instanceof Superseded) return;
      console.error(`the ranges could not be worked out: ${String(error)}`);
      if (current()) this.failed = true;
    }
  }
}

function rangeKey(snapshot: Pick<ScenarioSnapshot, 'baseline' | 'comparisons' | 'clinic'>): string {
  return JSON.stringify([snapshot.baseline, snapshot.comparisons, snapshot.clinic]);
}

/** How many of a difference's effects the page shows (the ranking table); the rest only count in its range. */
export const SHOWN_EFFECTS = 6;

/** A range set small enough to travel in the page: effects only where they are shown, without prose. */
export function compactRangeSet(set: RangeSet): RangeSet {
  const compact = (range: ValueRange, effects: number): ValueRange => ({
    ...range,
    effects: range.effects.slice(0, effects).map(({ swing: { reason: _reason, ...swing }, ...effect }) => ({ ...effect, swing })),
  });
  return {
    key: set.key,
    totals: Object.fromEntries(Object.entries(set.totals).map(([id, range]) => [id, compact(range, 0)])),
    differences: Object.fromEntries(Object.entries(set.differences).map(([id, range]) => [id, compact(range, SHOWN_EFFECTS)])),
  };
}
