// How much a result depends on the figures no source fixes. Every parameter
// with a `range` (every illustrative figure, and the other readings of some
// sourced ones) is swung, one at a time, to each end of its range; the rule
// set is resolved again (so derived figures and the budget closing follow)
// and the clinic evaluated again. The range of a result adds up, separately,
// every swing that lowers it and every swing that raises it: conservative,
// since figures that could not all be at their ends at once are counted as
// if they were. A difference between two rule sets swings both at once with
// the same figure, so a figure they share moves both sides and cancels.

import type { Clinic } from '../clinic/fields.ts';
import type { Catalog } from '../rules/catalog.ts';
import { definitionKey } from '../rules/resolve.ts';
import type { Bilingual, ResolvedRuleSet } from '../rules/types.ts';
import type { RuleSetEvaluator } from './evaluator.ts';

/** One uncertain figure: one definition of a parameter, in the rule set that writes it. */
export interface Swing {
  key: string;
  parameter: string;
  definedIn: string;
  value: number;
  low: number;
  high: number;
  illustrative: boolean;
  reason?: Bilingual;
}

/** What one swing does to the measured amount at each end of the figure's range. */
export interface SwingEffect {
  swing: Swing;
  /** Change in SEK a year with the figure at its low end, and at its high end. */
  atLow: number;
  atHigh: number;
}

export interface ValueRange {
  value: number;
  low: number;
  high: number;
  /** Every swing that moves the amount, largest effect first. */
  effects: SwingEffect[];
}

/** The uncertain figures behind the given rule sets, each once. */
export function swingsOf(ruleSets: readonly ResolvedRuleSet[]): Swing[] {
  const swings = new Map<string, Swing>();
  for (const ruleSet of ruleSets) {
    for (const parameter of Object.values(ruleSet.parameters)) {
      if (!parameter.range || parameter.context) continue;
      const key = definitionKey(parameter.definedIn, parameter.id);
      if (swings.has(key)) continue;
      const [low, high] = parameter.range;
      if (low === parameter.value && high === parameter.value) continue;
      swings.set(key, {
        key,
        parameter: parameter.id,
        definedIn: parameter.definedIn,
        value: parameter.value,
        low,
        high,
        illustrative: parameter.illustrative,
        reason: parameter.rangeReason,
      });
    }
  }
  return [...swings.values()];
}

/** The biggest effect first: what a tornado chart ranks by. */
const size = (effect: SwingEffect) => Math.max(Math.abs(effect.atLow), Math.abs(effect.atHigh));

export function combine(value: number, effects: SwingEffect[]): ValueRange {
  let low = value;
  let high = value;
  for (const { atLow, atHigh } of effects) {
    low += Math.min(0, atLow, atHigh);
    high += Math.max(0, atLow, atHigh);
  }
  const moving = effects.filter((e) => size(e) > 0.5).sort((a, b) => size(b) - size(a));
  return { value, low, high, effects: moving };
}

/**
 * Ranges of totals and differences. Swung rule sets do not depend on the
 * clinic, so each is resolved (and its engine compiled) once and kept.
 */
export class RangeEvaluator {
  private readonly swung = new Map<string, ResolvedRuleSet>();

  constructor(
    private readonly catalog: Catalog,
    private readonly evaluator: RuleSetEvaluator,
  ) {}

  /** The rule set with one figure at one end, or the rule set itself when the figure is not in its lineage. */
  swungRuleSet(ruleSet: ResolvedRuleSet, swing: Swing, end: 'low' | 'high'): ResolvedRuleSet {
    if (!ruleSet.lineage.includes(swing.definedIn)) return ruleSet;
    const cacheKey = `${ruleSet.id}|${ruleSet.contentHash}|${swing.key}|${end}`;
    let swung = this.swung.get(cacheKey);
    if (!swung) {
      swung = this.catalog.withOverrides(ruleSet.id, new Map([[swing.key, swing[end]]])) ?? ruleSet;
      this.swung.set(cacheKey, swung);
    }
    return swung;
  }

  /**
   * The range of a rule set's total for this clinic. `pause` runs before each swing: the page
   * yields to the browser there, and throws to abandon work that newer inputs have replaced.
   */
  async totalRange(ruleSet: ResolvedRuleSet, clinic: Clinic, total?: number, pause?: () => Promise<void>): Promise<ValueRange> {
    const value = total ?? (await this.evaluator.evaluate(ruleSet, clinic)).total;
    const effects: SwingEffect[] = [];
    for (const swing of swingsOf([ruleSet])) {
      await pause?.();
      const [low, high] = await Promise.all(
        (['low', 'high'] as const).map(async (end) => (await this.evaluator.evaluate(this.swungRuleSet(ruleSet, swing, end), clinic)).total),
      );
      effects.push({ swing, atLow: low - value, atHigh: high - value });
    }
    return combine(value, effects);
  }

  /** The range of comparison's total minus baseline's, both swung together. */
  async differenceRange(baseline: ResolvedRuleSet, comparison: ResolvedRuleSet, clinic: Clinic, pause?: () => Promise<void>): Promise<ValueRange> {
    const difference = async (b: ResolvedRuleSet, c: ResolvedRuleSet) => {
      const [before, after] = await Promise.all([this.evaluator.evaluate(b, clinic), this.evaluator.evaluate(c, clinic)]);
      return after.total - before.total;
    };
    const value = await difference(baseline, comparison);
    const effects: SwingEffect[] = [];
    for (const swing of swingsOf([baseline, comparison])) {
      await pause?.();
      const atEnd = (end: 'low' | 'high') => difference(this.swungRuleSet(baseline, swing, end), this.swungRuleSet(comparison, swing, end));
      const [low, high] = await Promise.all([atEnd('low'), atEnd('high')]);
      effects.push({ swing, atLow: low - value, atHigh: high - value });
    }
    return combine(value, effects);
  }
}

export { differenceDirection } from './direction.ts';
