// Evaluating one clinic under one rule set: json-rules-engine decides which
// components apply, the formulas compute the kronor, and the result carries
// the numbers used, their provenance and a trace of every rule.

import type { RuleResult } from 'json-rules-engine';
import type { Clinic } from '../clinic/fields.ts';
import type { CompiledRuleSet } from './compile.ts';
import { continuityOf } from './continuity.ts';
import { deriveFacts, type ClinicFacts, type FactId } from './facts.ts';
import type { DecisionRecorder, DecisionSeeds } from './seeds.ts';
import { traceEntry } from './trace.ts';
import type { ComponentResult, RuleSetResult, TraceEntry } from './types.ts';

export interface KnownDecisions {
  /** Verdicts known without the engine (the prerendered page's). */
  seeds?: DecisionSeeds;
  /** Keeps every trace the engine works out (the prerenderer's, for the page to carry). */
  recorder?: DecisionRecorder;
}

export async function evaluateRuleSet(compiled: CompiledRuleSet, clinic: Clinic, known: KnownDecisions = {}): Promise<RuleSetResult> {
  const { ruleSet } = compiled;
  const facts = deriveFacts(clinic);
  const trace = await traceOf(compiled, facts, known);

  const components: ComponentResult[] = compiled.components.map((component, index) => {
    const applies = trace[index].applied;
    const outcome = component.formula.compute(component.values, facts, component.ratioFact as FactId | undefined);
    return {
      id: component.id,
      amount: applies ? outcome.amount : 0,
      applies,
      formulaAmount: outcome.amount,
      formula: component.formulaId,
      terms: outcome.terms,
      parameters: component.roles,
      provenance: component.provenance,
      illustrative: component.illustrative,
    };
  });

  const total = components.reduce((sum, c) => sum + c.amount, 0);
  return {
    ruleSet: ruleSet.id,
    contentHash: ruleSet.contentHash,
    total,
    perListedPatient: total / clinic.listedPatients,
    components,
    continuity: continuityOf(ruleSet, facts, components, trace),
    trace,
    illustrative: components.some((c) => c.illustrative && c.amount !== 0),
  };
}

/** The values of the facts a rule set's conditions read: all its verdicts depend on (seeds.ts keys on it too). */
export function factsKey(compiled: Pick<CompiledRuleSet, 'conditionFacts'>, facts: ClinicFacts): string {
  return compiled.conditionFacts.map((fact) => `${fact}=${facts[fact]}`).join('|');
}

/** Which components apply, and why: json-rules-engine's verdicts as a trace. */
async function traceOf(compiled: CompiledRuleSet, facts: ClinicFacts, known: KnownDecisions): Promise<TraceEntry[]> {
  const { ruleSet } = compiled;
  // Nothing to decide: every component applies.
  if (!compiled.hasRules) return compiled.components.map((component) => traceEntry(component.id, undefined, undefined, ruleSet, facts));
  // json-rules-engine's verdicts depend only on the facts its conditions read: when those are what
  // they were last time (a sweep of the age mix, a drag of the visits slider), its last verdicts
  // stand, and the engine need not run again; nor when the page already carries them.
  const key = factsKey(compiled, facts);
  if (compiled.lastTrace?.key === key) return compiled.lastTrace.trace;
  let trace = known.seeds?.find(compiled, key, facts);
  if (!trace) {
    const engineFacts: Partial<ClinicFacts> = {};
    for (const fact of compiled.conditionFacts) engineFacts[fact] = facts[fact];
    const verdicts = new Map<string, RuleResult>();
    const { results, failureResults } = await compiled.engine.run(engineFacts);
    for (const result of results) verdicts.set(result.name, result);
    for (const result of failureResults) verdicts.set(result.name, result);
    trace = compiled.components.map((component) => traceEntry(component.id, component.condition, verdicts.get(component.id), ruleSet, facts));
    known.recorder?.record(compiled, key, trace);
  }
  compiled.lastTrace = { key, trace };
  return trace;
}
