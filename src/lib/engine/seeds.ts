// Verdicts known before json-rules-engine is loaded. The prerenderer records
// every trace the engine worked out for the page it renders, and the page
// carries them as data (<script type="application/json" id="prerendered-decisions">);
// the browser starts from them, so its first view evaluates without the
// engine's code. A seed is used only for what it was made for: the same rule
// set (id and content hash), the same values of the facts its conditions read,
// and the same conditions with the same thresholds (a range's swung rule set
// keeps its rule set's content hash, but not always its thresholds). Anything
// else goes to the engine.

import type { Condition, ResolvedRuleSet } from '../rules/types.ts';
import type { CompiledRuleSet } from './compile.ts';
import type { ClinicFacts, FactId } from './facts.ts';
import type { TraceEntry, TraceNode } from './types.ts';

/** One rule set's trace for one set of condition facts, as the page carries it. */
export interface DecisionSeed {
  ruleSet: string;
  contentHash: string;
  /** The condition facts' values (factsKey). */
  facts: string;
  trace: TraceEntry[];
}

const seedKey = (ruleSet: string, contentHash: string, facts: string) => `${ruleSet}|${contentHash}|${facts}`;

export class DecisionSeeds {
  readonly #byKey = new Map<string, DecisionSeed[]>();

  /** The seeds as the page carries them (JSON.parse of the data block); anything not shaped like one is left out. */
  constructor(seeds: unknown) {
    for (const seed of Array.isArray(seeds) ? seeds : []) {
      if (!isSeed(seed)) continue;
      const key = seedKey(seed.ruleSet, seed.contentHash, seed.facts);
      const list = this.#byKey.get(key) ?? [];
      list.push(seed);
      this.#byKey.set(key, list);
    }
  }

  /** The known trace for this rule set and these facts, if one was made for exactly them. */
  find(compiled: CompiledRuleSet, key: string, facts: ClinicFacts): TraceEntry[] | undefined {
    const { ruleSet } = compiled;
    return this.#byKey.get(seedKey(ruleSet.id, ruleSet.contentHash, key))?.find((seed) => madeFor(seed.trace, compiled, facts))?.trace;
  }
}

/** Records the traces an evaluator's engine works out, for the prerendered page to carry. */
export class DecisionRecorder {
  readonly #seeds = new Map<string, DecisionSeed>();

  record(compiled: CompiledRuleSet, key: string, trace: TraceEntry[]): void {
    const seed: DecisionSeed = { ruleSet: compiled.ruleSet.id, contentHash: compiled.ruleSet.contentHash, facts: key, trace };
    // A swung rule set with its rule set's thresholds decides the same: kept once.
    this.#seeds.set(JSON.stringify(seed), seed);
  }

  /** Every trace recorded, in the order first seen; only those that JSON carries unchanged. */
  seeds(): DecisionSeed[] {
    return [...this.#seeds.values()].filter(survivesJson);
  }
}

/** JSON writes Infinity and NaN as null and -0 as 0: a seed holding one would not be recognised, so it is left out. */
function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (value && typeof value === 'object') return Object.values(value).every(survivesJson);
  return true;
}

function isSeed(value: unknown): value is DecisionSeed {
  const seed = value as DecisionSeed;
  return !!seed && typeof seed.ruleSet === 'string' && typeof seed.contentHash === 'string' && typeof seed.facts === 'string' && Array.isArray(seed.trace);
}

/** Whether a trace is the one json-rules-engine gave for exactly this rule set's conditions and these facts. */
function madeFor(trace: TraceEntry[], compiled: CompiledRuleSet, facts: ClinicFacts): boolean {
  if (trace.length !== compiled.components.length) return false;
  return compiled.components.every((component, index) => {
    const entry = trace[index];
    if (!entry || entry.component !== component.id || !Array.isArray(entry.failed)) return false;
    if (!component.condition) return entry.applied === true && entry.condition === undefined && entry.failed.length === 0;
    return !!entry.condition && entry.applied === entry.condition.passed && sameCondition(entry.condition, component.condition, compiled.ruleSet, facts);
  });
}

function sameCondition(node: TraceNode, condition: Condition, ruleSet: ResolvedRuleSet, facts: ClinicFacts): boolean {
  if (typeof node !== 'object' || node === null || typeof node.passed !== 'boolean') return false;
  if ('all' in condition) return node.type === 'all' && sameChildren(node.children, condition.all, ruleSet, facts);
  if ('any' in condition) return node.type === 'any' && sameChildren(node.children, condition.any, ruleSet, facts);
  if ('not' in condition) return node.type === 'not' && sameCondition(node.child, condition.not, ruleSet, facts);
  return (
    node.type === 'condition' &&
    node.fact === condition.fact &&
    node.operator === condition.operator &&
    node.parameter === condition.value.parameter &&
    node.threshold === ruleSet.parameters[condition.value.parameter]?.value &&
    node.actual === facts[condition.fact as FactId]
  );
}

function sameChildren(nodes: TraceNode[], conditions: Condition[], ruleSet: ResolvedRuleSet, facts: ClinicFacts): boolean {
  return Array.isArray(nodes) && nodes.length === conditions.length && nodes.every((node, i) => sameCondition(node, conditions[i], ruleSet, facts));
}
