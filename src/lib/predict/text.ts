// The words of a "predict, then reveal" question and its answer, through the
// `predict` i18n namespace, with the numbers formatted for the language.
// Pure: rule-set names come in through `name`, translations through `t`.

import { CLINIC_FIELDS, type Clinic } from '../clinic/fields.ts';
import { formatFieldValue } from '../clinic/display.ts';
import { componentName, conditionText } from '../format/explain.ts';
import { formatPercent, formatSekShort, type Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import { ABOUT_THE_SAME, type PredictAnswer, type PredictChoice } from './question.ts';
import type { NotApplicableReason, QuestionTarget } from './target.ts';

/** A rule set's name for display, by id. */
export type RuleSetNamer = (id: string) => string;

/** "±0.5 %": the margin within which two totals count as about the same. */
export function sameLimit(language: Language): string {
  return formatPercent(ABOUT_THE_SAME, language, 1);
}

export function questionText(target: QuestionTarget, name: RuleSetNamer, t: Translate): string {
  return target.question === 'pay'
    ? t('predict:question.pay', { comparison: name(target.comparison), baseline: name(target.baseline) })
    : t('predict:question.bonus', { ruleSet: name(target.ruleSet) });
}

export function choiceLabel(choice: PredictChoice, t: Translate): string {
  return t(`predict:choices.${choice}`);
}

/** The extra line under a choice, if it has one: what "about the same" means. */
export function choiceDetail(choice: PredictChoice, language: Language, t: Translate): string {
  return choice === 'same' ? t('predict:choices.sameDetail', { limit: sameLimit(language) }) : '';
}

export function notApplicableText(reason: NotApplicableReason | 'no-result', ruleSet: string, t: Translate): string {
  return t(`predict:notApplicable.${reason}`, { ruleSet });
}

/** "Right! You answered “More”." or "Not quite. You answered “More”, but the answer is “Less”." */
export function verdictText(answer: PredictAnswer, choice: PredictChoice | null, t: Translate): string {
  if (answer.kind === 'not-applicable' || !choice) return '';
  const values = { choice: choiceLabel(choice, t), answer: choiceLabel(answer.correct, t) };
  return t(answer.correct === choice ? 'predict:verdict.right' : 'predict:verdict.wrong', values);
}

export interface AnswerWords {
  /** The answer in a sentence, with the numbers. */
  answer: string;
  /** What the choices meant, when that needs saying ("about the same" for `pay`). */
  note: string;
  /** The line before the explanation's list. */
  lead: string;
  /** One item per component change or condition. */
  items: string[];
}

export function answerWords(answer: PredictAnswer, name: RuleSetNamer, language: Language, t: Translate): AnswerWords {
  const sek = (value: number, signed = false) => formatSekShort(signed ? value : Math.abs(value), language, { signed });
  switch (answer.kind) {
    case 'not-applicable':
      return { answer: '', note: '', lead: '', items: [] };
    case 'pay': {
      const values = {
        comparison: name(answer.comparison),
        baseline: name(answer.baseline),
        total: sek(answer.comparisonTotal),
        baseTotal: sek(answer.baselineTotal),
        change: sek(answer.correct === 'same' ? answer.change : Math.abs(answer.change), answer.correct === 'same'),
        percent: formatPercent(answer.correct === 'same' ? answer.relativeChange : Math.abs(answer.relativeChange), language, 1, {
          signed: answer.correct === 'same',
        }),
        limit: sameLimit(language),
      };
      const items = answer.biggest.map((shift) => t('predict:pay.item', { component: componentName(shift.id, t), change: sek(shift.change, true) }));
      if (answer.rest !== 0) items.push(t('predict:pay.rest', { change: sek(answer.rest, true) }));
      return {
        answer: t(`predict:pay.${answer.correct}`, values),
        note: t('predict:pay.sameMeans', values),
        lead: t(items.length ? 'predict:pay.lead' : 'predict:pay.noChanges'),
        items,
      };
    }
    case 'bonus': {
      const earned = answer.correct === 'yes';
      const values = { ruleSet: name(answer.ruleSet), amount: sek(answer.amount) };
      const key = earned ? 'earned' : answer.amount >= 0.5 ? 'notEarned' : 'notEarnedNoAmount';
      const leaves = earned ? answer.met : answer.failed;
      return {
        answer: t(`predict:bonus.${key}`, values),
        note: '',
        lead: leaves.length ? t(earned ? 'predict:bonus.metLead' : 'predict:bonus.failedLead') : '',
        items: leaves.map((leaf) => conditionText(leaf, language, t)),
      };
    }
  }
}

/** The clinic's inputs in words, one per input: "10 000 listade patienter". */
export function clinicLines(clinic: Clinic, language: Language, t: Translate): string[] {
  return CLINIC_FIELDS.map((field) => t(`ui:clinic.fields.${field.id}.valueText`, { value: formatFieldValue(field, clinic[field.id], language) }));
}
