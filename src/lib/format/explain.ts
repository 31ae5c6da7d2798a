// Explanations generated from the engine's own numbers and trace: a
// component's formula with this clinic's figures, why a rule did or did not
// apply, and the differences between two rule sets, all through i18n
// templates. Nothing here restates a rule; it only words what the core did.

import type { RuleDifference } from '../engine/compare.ts';
import type { ComponentResult, TraceEntry, TraceLeaf } from '../engine/types.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import { formatSek, type Language } from './numbers.ts';
import type { Translate } from './translate.ts';
import { formatBare, formatWithUnit } from './values.ts';

/** "10 000 listed × 4 kr per listed patient a year = 40 000 kr". */
export function formulaText(component: ComponentResult, language: Language, t: Translate): string {
  const values = Object.fromEntries(
    Object.entries(component.terms).map(([name, term]) => [name, formatWithUnit(term.value, term.unit, language, t)]),
  );
  const formula = t(`rules:formulas.${component.formula}`, values);
  if (component.applies) return `${formula} = ${formatSek(component.amount, language)}`;
  return t('rules:trace.ifApplied', { formula, amount: formatSek(component.formulaAmount, language), actual: formatSek(0, language) });
}

export function conditionText(leaf: TraceLeaf, language: Language, t: Translate): string {
  const unit = leaf.fact === 'patientsPerDoctor' ? 'patients/doctor' : shareFacts.has(leaf.fact) ? 'share' : 'ratio';
  return t(leaf.passed ? 'rules:trace.conditionMet' : 'rules:trace.condition', {
    fact: t(`rules:facts.${leaf.fact}`),
    actual: formatBare(leaf.actual, unit, language),
    operator: t(`rules:operators.${leaf.operator}`),
    threshold: formatBare(leaf.threshold, unit, language),
  });
}

const shareFacts = new Set(['namedDoctorShare', 'shareAged0to4', 'shareAged65to74', 'shareAged75plus']);

/** Why a component applies or not, from its trace entry. */
export function traceText(entry: TraceEntry, language: Language, t: Translate): string {
  if (!entry.condition) return t('rules:trace.always');
  const leaves = entry.applied ? allLeaves(entry.condition) : entry.failed;
  const conditions = leaves.map((leaf) => conditionText(leaf, language, t)).join(t('rules:trace.and'));
  return t(entry.applied ? 'rules:trace.applies' : 'rules:trace.doesNotApply', { conditions });
}

function allLeaves(node: NonNullable<TraceEntry['condition']>): TraceLeaf[] {
  if (node.type === 'condition') return [node];
  if (node.type === 'not') return allLeaves(node.child);
  return node.children.flatMap(allLeaves);
}

/** "Liberalerna's proposal (2022) — second step: 90 % target". */
export function ruleSetName(ruleSet: Pick<ResolvedRuleSet, 'fileId' | 'variant'>, t: Translate): string {
  const name = t(`rules:ruleSets.${ruleSet.fileId}.name`);
  const reading = ruleSet.variant
    ? t(`rules:ruleSets.${ruleSet.fileId}.variants.${ruleSet.variant}.reading`)
    : t(`rules:ruleSets.${ruleSet.fileId}.reading`);
  return reading ? `${name} — ${reading}` : name;
}

export function componentName(id: string, t: Translate): string {
  return t(`rules:components.${id}.name`);
}

export function parameterName(id: string, t: Translate): string {
  return t(`rules:parameters.${id}`);
}

/** One sentence per difference between two rule sets. */
export function differenceText(difference: RuleDifference, language: Language, t: Translate): string {
  switch (difference.kind) {
    case 'component-added':
      return t(`rules:differences.${difference.silentBefore ? 'component-silent' : 'component-added'}`, { component: componentName(difference.component, t) });
    case 'component-removed':
      return t('rules:differences.component-removed', { component: componentName(difference.component, t) });
    case 'component-changed':
      return t('rules:differences.component-changed', {
        component: componentName(difference.component, t),
        aspects: difference.aspects.map((a) => t(`rules:differences.aspects.${a}`)).join(', '),
      });
    case 'continuity-changed': {
      const none = t('rules:differences.none');
      return t('rules:differences.continuity-changed', {
        setting: t(`rules:differences.continuitySettings.${difference.setting}`),
        from: difference.from ? parameterName(difference.from, t) : none,
        to: difference.to ? parameterName(difference.to, t) : none,
      });
    }
    case 'parameter-changed':
      return t('rules:differences.parameter-changed', {
        parameter: parameterName(difference.parameter, t),
        from: formatWithUnit(difference.from.value, difference.from.unit, language, t),
        to: formatWithUnit(difference.to.value, difference.to.unit, language, t),
      });
    case 'parameter-added':
      // A context figure belongs to its own year: it is not "new" in the next one.
      return t(`rules:differences.${difference.context ? 'parameter-context' : difference.silentBefore ? 'parameter-silent' : 'parameter-added'}`, {
        parameter: parameterName(difference.parameter, t),
        to: formatWithUnit(difference.to.value, difference.to.unit, language, t),
        ruleSet: t(`rules:ruleSets.${difference.to.definedIn.split(':')[0]}.name`),
      });
    case 'parameter-removed':
      if (difference.context) {
        return t('rules:differences.parameter-context', {
          parameter: parameterName(difference.parameter, t),
          to: formatWithUnit(difference.from.value, difference.from.unit, language, t),
          ruleSet: t(`rules:ruleSets.${difference.from.definedIn.split(':')[0]}.name`),
        });
      }
      return t('rules:differences.parameter-removed', {
        parameter: parameterName(difference.parameter, t),
        from: formatWithUnit(difference.from.value, difference.from.unit, language, t),
      });
  }
}
