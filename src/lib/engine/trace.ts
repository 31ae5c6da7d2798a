// Turns json-rules-engine's verdict on one rule into a trace a reader can
// follow: each condition with the clinic's actual value, the threshold and the
// parameter it comes from, and which conditions kept the rule from applying.

import type { RuleResult } from 'json-rules-engine';
import type { Condition, ResolvedRuleSet } from '../rules/types.ts';
import type { ClinicFacts, FactId } from './facts.ts';
import type { TraceEntry, TraceLeaf, TraceNode } from './types.ts';

type EngineResultNode = {
  all?: EngineResultNode[];
  any?: EngineResultNode[];
  not?: EngineResultNode;
  factResult?: unknown;
  result?: boolean;
};

export function traceEntry(
  component: string,
  condition: Condition | undefined,
  result: RuleResult | undefined,
  ruleSet: ResolvedRuleSet,
  facts: ClinicFacts,
): TraceEntry {
  // Without conditions there is no engine rule: the component always applies.
  if (!condition || !result) return { component, applied: true, failed: [] };
  const applied = result.result === true;
  let engineNode = result.conditions as EngineResultNode;
  // A single condition was wrapped in "all" for the engine; unwrap it again.
  if (!('all' in condition) && !('any' in condition) && !('not' in condition)) engineNode = engineNode.all![0];
  const node = toTraceNode(condition, engineNode, ruleSet, facts);
  return { component, applied, condition: node, failed: blockingLeaves(node) };
}

function toTraceNode(condition: Condition, result: EngineResultNode, ruleSet: ResolvedRuleSet, facts: ClinicFacts): TraceNode {
  if ('all' in condition) {
    const children = condition.all.map((c, i) => toTraceNode(c, result.all![i], ruleSet, facts));
    return { type: 'all', passed: children.every((c) => c.passed), children };
  }
  if ('any' in condition) {
    const children = condition.any.map((c, i) => toTraceNode(c, result.any![i], ruleSet, facts));
    return { type: 'any', passed: children.some((c) => c.passed), children };
  }
  if ('not' in condition) {
    const child = toTraceNode(condition.not, result.not!, ruleSet, facts);
    return { type: 'not', passed: !child.passed, child };
  }
  const fact = condition.fact as FactId;
  return {
    type: 'condition',
    fact,
    operator: condition.operator,
    parameter: condition.value.parameter,
    threshold: ruleSet.parameters[condition.value.parameter].value,
    actual: typeof result.factResult === 'number' ? result.factResult : facts[fact],
    passed: result.result === true,
  };
}

/** The leaves that made a failed node fail. */
function blockingLeaves(node: TraceNode): TraceLeaf[] {
  if (node.passed) return [];
  switch (node.type) {
    case 'condition':
      return [node];
    case 'all':
    case 'any':
      return node.children.flatMap(blockingLeaves);
    case 'not':
      return leaves(node.child).filter((leaf) => leaf.passed);
  }
}

function leaves(node: TraceNode): TraceLeaf[] {
  if (node.type === 'condition') return [node];
  if (node.type === 'not') return leaves(node.child);
  return node.children.flatMap(leaves);
}
