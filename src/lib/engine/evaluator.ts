// One compiled engine per rule set, built on first use and reused for every
// clinic after that: the page re-evaluates on each slider step.

import type { Clinic } from '../clinic/fields.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import { compileRuleSet, type CompiledRuleSet } from './compile.ts';
import { evaluateRuleSet } from './evaluate.ts';
import type { RuleSetResult } from './types.ts';

export class RuleSetEvaluator {
  private readonly compiled = new Map<ResolvedRuleSet, CompiledRuleSet>();

  compiledFor(ruleSet: ResolvedRuleSet): CompiledRuleSet {
    let compiled = this.compiled.get(ruleSet);
    if (!compiled) this.compiled.set(ruleSet, (compiled = compileRuleSet(ruleSet)));
    return compiled;
  }

  evaluate(ruleSet: ResolvedRuleSet, clinic: Clinic): Promise<RuleSetResult> {
    return evaluateRuleSet(this.compiledFor(ruleSet), clinic);
  }

  evaluateAll(ruleSets: readonly ResolvedRuleSet[], clinic: Clinic): Promise<RuleSetResult[]> {
    return Promise.all(ruleSets.map((ruleSet) => this.evaluate(ruleSet, clinic)));
  }
}
