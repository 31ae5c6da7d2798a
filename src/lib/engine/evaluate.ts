// Evaluating one clinic under one rule set: json-rules-engine decides which
// components apply, the formulas compute the kronor, and the result carries
// the numbers used, their provenance and a trace of every rule.

import type { Clinic } from '../clinic/fields.ts';
import type { CompiledRuleSet } from './compile.ts';
import { continuityOf } from './continuity.ts';
import { deriveFacts, type FactId } from './facts.ts';
import type { FormulaTerm } from './formulas.ts';
import { traceEntry } from './trace.ts';
import type { ComponentResult, RuleSetResult } from './types.ts';

export async function evaluateRuleSet(compiled: CompiledRuleSet, clinic: Clinic): Promise<RuleSetResult> {
  const { ruleSet, engine } = compiled;
  const facts = deriveFacts(clinic);
  const { results, failureResults } = await engine.run({ ...facts });
  const verdicts = new Map([...results, ...failureResults].map((r) => [r.name, r]));

  const trace = compiled.components.map((component) =>
    traceEntry(component.id, component.condition, verdicts.get(component.id)!, ruleSet, facts),
  );

  const components: ComponentResult[] = compiled.components.map((component, index) => {
    const applies = trace[index].applied;
    const values = Object.fromEntries(
      Object.entries(component.roles).map(([role, parameter]) => [role, ruleSet.parameters[parameter].value]),
    );
    const outcome = component.formula.compute(values, facts, component.ratioFact as FactId | undefined);
    const terms: Record<string, FormulaTerm> = {};
    for (const [name, term] of Object.entries(outcome.terms)) {
      terms[name] = term.role ? { ...term, parameter: component.roles[term.role] } : term;
    }
    return {
      id: component.id,
      amount: applies ? outcome.amount : 0,
      applies,
      formula: component.formulaId,
      terms,
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
