// Everything about a rule set that does not depend on the clinic, worked out
// once: its json-rules-engine rules (one rule per component that has
// conditions; a component without conditions always applies and leaves the
// engine nothing to decide), each component's parameter values and their
// provenance. Evaluating a clinic then only runs the engine and the arithmetic.
// json-rules-engine's code itself is in decide.ts, the one module that imports
// it: the page loads it only when a verdict is not already known (evaluator.ts).

import type { RuleProperties, RuleResult, TopLevelCondition } from 'json-rules-engine';
import type { Condition, ResolvedRuleSet } from '../rules/types.ts';
import type { FactId } from './facts.ts';
import { FORMULAS, type FormulaDefinition } from './formulas.ts';
import type { ParameterProvenance, TraceEntry } from './types.ts';

export interface CompiledComponent {
  id: string;
  formula: FormulaDefinition;
  formulaId: string;
  /** Role → parameter id. */
  roles: Record<string, string>;
  /** Role → the parameter's value: fixed for the rule set, so worked out once. */
  values: Record<string, number>;
  ratioFact?: string;
  condition?: Condition;
  provenance: ParameterProvenance[];
  illustrative: boolean;
}

/** What evaluate.ts asks of json-rules-engine's Engine. */
export interface RulesEngine {
  run(facts: Record<string, unknown>): Promise<{ results: RuleResult[]; failureResults: RuleResult[] }>;
}

/** Makes the engine for a rule set's rules: decide.ts's createEngine, or a stand-in that loads it when first run. */
export type EngineFactory = (rules: RuleProperties[]) => RulesEngine;

export interface CompiledRuleSet {
  ruleSet: ResolvedRuleSet;
  /** The components' conditions as json-rules-engine rules: plain data. */
  rules: RuleProperties[];
  engine: RulesEngine;
  /** False when no component has conditions, so there is nothing for the engine to decide. */
  hasRules: boolean;
  /** The facts the conditions read; the engine is given only these (each costs it a hash). */
  conditionFacts: FactId[];
  components: CompiledComponent[];
  /** The trace of the engine's verdicts for the condition facts it last saw (see evaluate.ts). */
  lastTrace?: { key: string; trace: TraceEntry[] };
}

type EngineCondition =
  | { all: EngineCondition[] }
  | { any: EngineCondition[] }
  | { not: EngineCondition }
  | { fact: string; operator: string; value: number };

export function compileRuleSet(ruleSet: ResolvedRuleSet, createEngine: EngineFactory): CompiledRuleSet {
  const rules: RuleProperties[] = [];
  const components = ruleSet.components.map((component) => {
    if (component.when) {
      rules.push({
        name: component.id,
        conditions: topLevel(toEngineCondition(component.when, ruleSet)),
        event: { type: 'component-applies', params: { component: component.id } },
      });
    }
    const direct = [...Object.values(component.parameters), ...conditionParameters(component.when)];
    const provenance = provenanceClosure(ruleSet, direct);
    return {
      id: component.id,
      formula: FORMULAS[component.formula as keyof typeof FORMULAS] as FormulaDefinition,
      formulaId: component.formula,
      roles: component.parameters,
      values: Object.fromEntries(Object.entries(component.parameters).map(([role, id]) => [role, ruleSet.parameters[id].value])),
      ratioFact: component.fact,
      condition: component.when,
      provenance,
      illustrative: provenance.some((p) => p.illustrative),
    };
  });
  const conditionFacts = [...new Set(ruleSet.components.flatMap((c) => conditionFactsOf(c.when)))];
  return { ruleSet, rules, engine: createEngine(rules), hasRules: conditionFacts.length > 0, conditionFacts, components };
}

/** json-rules-engine wants a group at the top; a single condition is wrapped in "all". */
function topLevel(condition: EngineCondition): TopLevelCondition {
  return ('fact' in condition ? { all: [condition] } : condition) as TopLevelCondition;
}

/** Our conditions name parameters; the engine gets their values. */
function toEngineCondition(condition: Condition, ruleSet: ResolvedRuleSet): EngineCondition {
  if ('all' in condition) return { all: condition.all.map((c) => toEngineCondition(c, ruleSet)) };
  if ('any' in condition) return { any: condition.any.map((c) => toEngineCondition(c, ruleSet)) };
  if ('not' in condition) return { not: toEngineCondition(condition.not, ruleSet) };
  return { fact: condition.fact, operator: condition.operator, value: ruleSet.parameters[condition.value.parameter].value };
}

function conditionFactsOf(condition: Condition | undefined): FactId[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionFactsOf);
  if ('any' in condition) return condition.any.flatMap(conditionFactsOf);
  if ('not' in condition) return conditionFactsOf(condition.not);
  return [condition.fact as FactId];
}

export function conditionParameters(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionParameters);
  if ('any' in condition) return condition.any.flatMap(conditionParameters);
  if ('not' in condition) return conditionParameters(condition.not);
  return [condition.value.parameter];
}

/** The named parameters and, breadth first, every parameter their formulas use. */
export function provenanceClosure(ruleSet: ResolvedRuleSet, names: string[]): ParameterProvenance[] {
  const seen = new Set<string>();
  const queue = [...names];
  const out: ParameterProvenance[] = [];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const parameter = ruleSet.parameters[name];
    if (!parameter) continue;
    const dependsOn = Object.keys(parameter.formulaInputs ?? {}).filter((input) => !input.startsWith('parent.'));
    out.push({
      parameter: name,
      value: parameter.value,
      unit: parameter.unit,
      provenance: parameter.provenance,
      illustrative: parameter.illustrative,
      dependsOn,
      definedIn: parameter.definedIn,
      describes: parameter.describes,
      range: parameter.range,
      file: parameter.file,
      path: parameter.path,
    });
    queue.push(...dependsOn);
  }
  return out;
}
