// The answer to a "predict, then reveal" question, worked out from the
// core's results: which choice is right, and the ingredients of the
// explanation (the biggest component changes for `pay`, the conditions for
// `bonus`). No wording here (text.ts words it), so a language switch after
// the reveal re-words the same answer.

import { compareResults } from '../engine/compare.ts';
import { NAMED_DOCTOR_BONUS } from '../engine/continuity.ts';
import type { RuleSetResult, TraceLeaf, TraceNode } from '../engine/types.ts';
import { questionTarget, type NotApplicableReason, type PredictQuestion } from './target.ts';

export type PayChoice = 'more' | 'less' | 'same';
export type BonusChoice = 'yes' | 'no';
export type PredictChoice = PayChoice | BonusChoice;

export const CHOICES = {
  pay: ['more', 'less', 'same'],
  bonus: ['yes', 'no'],
} as const satisfies Record<PredictQuestion, readonly PredictChoice[]>;

export function choicesFor(question: PredictQuestion): readonly PredictChoice[] {
  return CHOICES[question];
}

export function isChoiceFor(question: PredictQuestion, choice: unknown): choice is PredictChoice {
  return (CHOICES[question] as readonly unknown[]).includes(choice);
}

/**
 * "About the same": the comparison's total is within ±0.5 % of the
 * baseline's total (the boundary counts as about the same).
 */
export const ABOUT_THE_SAME = 0.005;

/** How many component changes the `pay` explanation names; the rest are summed. */
export const BIGGEST_CHANGES = 3;

/** Changes smaller than half a krona round to nothing and are left out. */
const NEGLIGIBLE = 0.5;

export function payChoiceFor(baselineTotal: number, comparisonTotal: number): PayChoice {
  const change = comparisonTotal - baselineTotal;
  if (Math.abs(change) <= ABOUT_THE_SAME * Math.abs(baselineTotal)) return 'same';
  return change > 0 ? 'more' : 'less';
}

export interface ComponentShift {
  id: string;
  /** SEK a year, comparison minus baseline. */
  change: number;
}

export interface PayAnswer {
  kind: 'pay';
  baseline: string;
  comparison: string;
  correct: PayChoice;
  baselineTotal: number;
  comparisonTotal: number;
  change: number;
  /** The change as a share of the baseline's total; 0 when the baseline pays nothing. */
  relativeChange: number;
  /** The largest component changes, largest first (at most BIGGEST_CHANGES). */
  biggest: ComponentShift[];
  /** The other components' changes together; biggest plus rest is the change in the total. */
  rest: number;
}

export interface BonusAnswer {
  kind: 'bonus';
  ruleSet: string;
  correct: BonusChoice;
  /** What the bonus pays this clinic a year, or would pay if it were earned. */
  amount: number;
  /** The conditions the clinic misses (empty when earned). */
  failed: TraceLeaf[];
  /** The conditions the clinic meets. */
  met: TraceLeaf[];
}

export interface NotApplicableAnswer {
  kind: 'not-applicable';
  question: PredictQuestion;
  reason: NotApplicableReason | 'no-result';
}

export type PredictAnswer = PayAnswer | BonusAnswer | NotApplicableAnswer;

export function isCorrect(answer: PredictAnswer, choice: PredictChoice | null): boolean {
  return answer.kind !== 'not-applicable' && answer.correct === choice;
}

/** The answer for a scenario, from the results of its chosen rule sets (by rule-set id). */
export function answerQuestion(
  question: PredictQuestion,
  scenario: { baseline: string; comparisons: readonly string[] },
  results: Readonly<Record<string, RuleSetResult>>,
): PredictAnswer {
  const target = questionTarget(question, scenario);
  if (!target) return { kind: 'not-applicable', question, reason: 'no-comparison' };
  if (target.question === 'pay') {
    const baseline = results[target.baseline];
    const comparison = results[target.comparison];
    if (!baseline || !comparison) return { kind: 'not-applicable', question, reason: 'no-result' };
    return payAnswer(baseline, comparison);
  }
  const result = results[target.ruleSet];
  if (!result) return { kind: 'not-applicable', question, reason: 'no-result' };
  return bonusAnswer(result) ?? { kind: 'not-applicable', question, reason: 'no-bonus' };
}

export function payAnswer(baseline: RuleSetResult, comparison: RuleSetResult): PayAnswer {
  const compared = compareResults(baseline, comparison);
  const shifts = compared.components
    .filter((c) => Math.abs(c.change) >= NEGLIGIBLE)
    .map(({ id, change }) => ({ id, change }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  const biggest = shifts.slice(0, BIGGEST_CHANGES);
  const rest = compared.totalChange - biggest.reduce((sum, s) => sum + s.change, 0);
  return {
    kind: 'pay',
    baseline: baseline.ruleSet,
    comparison: comparison.ruleSet,
    correct: payChoiceFor(baseline.total, comparison.total),
    baselineTotal: baseline.total,
    comparisonTotal: comparison.total,
    change: compared.totalChange,
    relativeChange: baseline.total === 0 ? 0 : compared.totalChange / Math.abs(baseline.total),
    biggest,
    rest: Math.abs(rest) < NEGLIGIBLE ? 0 : rest,
  };
}

/** Null when the rule set pays no named-doctor bonus (the engine's namedDoctorBonusEarned is null). */
export function bonusAnswer(result: RuleSetResult): BonusAnswer | null {
  const earned = result.continuity.namedDoctorBonusEarned;
  const component = result.components.find((c) => c.id === NAMED_DOCTOR_BONUS);
  if (earned === null || !component) return null;
  const entry = result.trace.find((e) => e.component === NAMED_DOCTOR_BONUS);
  return {
    kind: 'bonus',
    ruleSet: result.ruleSet,
    correct: earned ? 'yes' : 'no',
    amount: component.applies ? component.amount : component.formulaAmount,
    failed: earned ? [] : result.continuity.namedDoctorBonusFailedConditions,
    met: entry?.condition ? leaves(entry.condition).filter((leaf) => leaf.passed) : [],
  };
}

function leaves(node: TraceNode): TraceLeaf[] {
  if (node.type === 'condition') return [node];
  if (node.type === 'not') return leaves(node.child);
  return node.children.flatMap(leaves);
}
