// Evaluating one clinic under one rule set: json-rules-engine decides which
// components apply, the formulas compute the kronor, and the result carries
// the numbers used, their provenance and a trace of every rule.

import type { RuleResult } from 'json-rules-engine';
import type { Clinic } from '../clinic/fields.ts';
import type { CompiledRuleSet } from './compile.ts';
import { continuityOf } from './continuity.ts';
import { deriveFacts, type ClinicFacts, type FactId } from './facts.ts';
import { traceEntry } from './trace.ts';
import type { ComponentResult, RuleSetResult } from './types.ts';

export async function evaluateRuleSet(compiled: CompiledRuleSet, clinic: Clinic): Promise<RuleSetResult> {
  const { ruleSet, engine } = compiled;
  const facts = deriveFacts(clinic);
  let verdicts = new Map<string, RuleResult>();
  if (compiled.hasRules) {
    const engineFacts: Partial<ClinicFacts> = {};
    for (const fact of compiled.conditionFacts) engineFacts[fact] = facts[fact];
    // json-rules-engine's verdicts depend only on the facts its conditions read: when those are
    // what they were last time (a sweep of the age mix, a drag of the visits slider), its last
    // verdicts stand, and the engine need not run again.
    const key = compiled.conditionFacts.map((fact) => facts[fact]).join('|');
    if (compiled.lastVerdicts?.key === key) verdicts = compiled.lastVerdicts.verdicts;
    else {
      const { results, failureResults } = await engine.run(engineFacts);
      for (const result of results) verdicts.set(result.name, result);
      for (const result of failureResults) verdicts.set(result.name, result);
      compiled.lastVerdicts = { key, verdicts };
    }
  }

  const trace = compiled.components.map((component) =>
    traceEntry(component.id, component.condition, verdicts.get(component.id), ruleSet, facts),
  );

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
