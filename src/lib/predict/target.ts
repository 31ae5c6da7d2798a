// "Predict, then reveal": which questions a teacher's link can ask, which
// rule sets each is about, and whether it can be asked of a scenario at all.
// Kept tiny and apart from the answers (question.ts) because the address
// codec and the page state need it on every page, while the answers are
// only loaded when a link asks a question.

/** `pay`: more, less or about the same under the first comparison? `bonus`: is the named-doctor bonus earned? */
export const PREDICT_QUESTIONS = ['pay', 'bonus'] as const;
export type PredictQuestion = (typeof PREDICT_QUESTIONS)[number];

export function isPredictQuestion(value: unknown): value is PredictQuestion {
  return PREDICT_QUESTIONS.includes(value as PredictQuestion);
}

/** The rule sets a question is about. */
export type QuestionTarget =
  | { question: 'pay'; baseline: string; comparison: string }
  | { question: 'bonus'; ruleSet: string };

/** Why a question cannot be asked of a scenario. */
export type NotApplicableReason = 'no-comparison' | 'no-bonus';

/**
 * `pay` compares the baseline with the first comparison (none: it cannot be
 * asked); `bonus` is about the first comparison, or the baseline when there
 * is none.
 */
export function questionTarget(question: PredictQuestion, scenario: { baseline: string; comparisons: readonly string[] }): QuestionTarget | null {
  if (question === 'bonus') return { question, ruleSet: scenario.comparisons[0] ?? scenario.baseline };
  const comparison = scenario.comparisons[0];
  return comparison ? { question, baseline: scenario.baseline, comparison } : null;
}

/**
 * Null when the question can be asked of this scenario, else why not. The
 * bonus question needs a rule set that pays a named-doctor bonus at all
 * (`hasBonus`, from the rule set's components, agrees with the engine's
 * `namedDoctorBonusEarned !== null`).
 */
export function notApplicableReason(
  question: PredictQuestion,
  scenario: { baseline: string; comparisons: readonly string[] },
  hasBonus: (ruleSetId: string) => boolean,
): NotApplicableReason | null {
  const target = questionTarget(question, scenario);
  if (!target) return 'no-comparison';
  if (target.question === 'bonus' && !hasBonus(target.ruleSet)) return 'no-bonus';
  return null;
}
