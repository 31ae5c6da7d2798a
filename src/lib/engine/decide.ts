// json-rules-engine, the rules engine that decides which components apply:
// the one module that imports it. The page loads this module only when a
// verdict is not already known (evaluator.ts): the prerendered page carries
// the verdicts of its own view (seeds.ts), so the first view needs none of
// its code. The CLI, the sweep worker and the prerenderer import it at once.

import { Engine, type RuleProperties } from 'json-rules-engine';
import type { RulesEngine } from './compile.ts';

/** The engine for one rule set's rules (compile.ts writes them). */
export function createEngine(rules: RuleProperties[]): RulesEngine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const rule of rules) engine.addRule(rule);
  return engine;
}
