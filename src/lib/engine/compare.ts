// Comparing two rule sets: how much each component changes for this clinic
// (the changes add up to the change in the total), and what differs in the
// rules themselves, generated from the data so that the "what changed"
// sentences cannot drift from what the engine computes.

import type { Provenance, ResolvedRuleSet, Unit } from '../rules/types.ts';
import { canonicalJson } from '../rules/hash.ts';
import type { RuleSetResult } from './types.ts';

export interface ComponentChange {
  id: string;
  baseline: number;
  comparison: number;
  change: number;
  inBaseline: boolean;
  inComparison: boolean;
}

export interface ResultComparison {
  baseline: string;
  comparison: string;
  totalChange: number;
  perListedPatientChange: number;
  components: ComponentChange[];
}

export function compareResults(baseline: RuleSetResult, comparison: RuleSetResult): ResultComparison {
  const ids = [...new Set([...baseline.components.map((c) => c.id), ...comparison.components.map((c) => c.id)])];
  const components = ids.map((id) => {
    const before = baseline.components.find((c) => c.id === id);
    const after = comparison.components.find((c) => c.id === id);
    const b = before?.amount ?? 0;
    const a = after?.amount ?? 0;
    return { id, baseline: b, comparison: a, change: a - b, inBaseline: !!before, inComparison: !!after };
  });
  return {
    baseline: baseline.ruleSet,
    comparison: comparison.ruleSet,
    totalChange: comparison.total - baseline.total,
    perListedPatientChange: comparison.perListedPatient - baseline.perListedPatient,
    components,
  };
}

export interface ParameterSide {
  value: number;
  unit: Unit;
  provenance: Provenance;
  illustrative: boolean;
  definedIn: string;
}

export type RuleDifference =
  | {
      kind: 'parameter-changed';
      parameter: string;
      from: ParameterSide;
      to: ParameterSide;
      /** Both sides use the same formula: the change follows from other changes. */
      consequence: boolean;
      context: boolean;
    }
  | {
      kind: 'parameter-added';
      parameter: string;
      to: ParameterSide;
      context: boolean;
      /** From an earlier year to a later one: the earlier year does not model it because the sources are silent, not because it was absent. */
      silentBefore: boolean;
    }
  | { kind: 'parameter-removed'; parameter: string; from: ParameterSide; context: boolean }
  | { kind: 'component-added'; component: string; silentBefore: boolean }
  | { kind: 'component-removed'; component: string }
  | { kind: 'component-changed'; component: string; aspects: ('formula' | 'parameters' | 'condition')[] }
  | { kind: 'continuity-changed'; setting: string; from?: string; to?: string };

const side = (p: ResolvedRuleSet['parameters'][string]): ParameterSide => ({
  value: p.value,
  unit: p.unit,
  provenance: p.provenance,
  illustrative: p.illustrative,
  definedIn: p.definedIn,
});

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** What differs between two rule sets, components first, then figures, then consequences and context. */
export function diffRuleSets(from: ResolvedRuleSet, to: ResolvedRuleSet): RuleDifference[] {
  const differences: RuleDifference[] = [];
  // Between two years, something only the later one has may have existed before: the earlier
  // year's sources just do not say. A proposal's additions are its own.
  const silentBefore = from.kind === 'year' && to.kind === 'year' && (from.date ?? '') < (to.date ?? '');

  const fromComponents = new Map(from.components.map((c) => [c.id, c]));
  const toComponents = new Map(to.components.map((c) => [c.id, c]));
  for (const [id, after] of toComponents) {
    const before = fromComponents.get(id);
    if (!before) {
      differences.push({ kind: 'component-added', component: id, silentBefore });
      continue;
    }
    const aspects: ('formula' | 'parameters' | 'condition')[] = [];
    if (before.formula !== after.formula) aspects.push('formula');
    if (canonicalJson(before.parameters) !== canonicalJson(after.parameters)) aspects.push('parameters');
    if (canonicalJson(before.when ?? null) !== canonicalJson(after.when ?? null)) aspects.push('condition');
    if (aspects.length) differences.push({ kind: 'component-changed', component: id, aspects });
  }
  for (const id of fromComponents.keys()) {
    if (!toComponents.has(id)) differences.push({ kind: 'component-removed', component: id });
  }

  for (const key of ['guideValue', 'namedDoctorTarget', 'patientCap'] as const) {
    if (from.continuity[key] !== to.continuity[key]) {
      differences.push({ kind: 'continuity-changed', setting: key, from: from.continuity[key], to: to.continuity[key] });
    }
  }

  const figures: RuleDifference[] = [];
  for (const [id, after] of Object.entries(to.parameters)) {
    const before = from.parameters[id];
    const context = !!(after.context ?? before?.context);
    if (!before) figures.push({ kind: 'parameter-added', parameter: id, to: side(after), context, silentBefore: silentBefore && !context });
    else if (!sameNumber(before.value, after.value)) {
      const consequence =
        before.provenance.kind === 'derived' &&
        after.provenance.kind === 'derived' &&
        before.provenance.formula === after.provenance.formula;
      figures.push({ kind: 'parameter-changed', parameter: id, from: side(before), to: side(after), consequence, context });
    }
  }
  for (const [id, before] of Object.entries(from.parameters)) {
    if (!to.parameters[id]) figures.push({ kind: 'parameter-removed', parameter: id, from: side(before), context: !!before.context });
  }
  const rank = (d: RuleDifference) => ('context' in d && d.context ? 2 : d.kind === 'parameter-changed' && d.consequence ? 1 : 0);
  figures.sort((a, b) => rank(a) - rank(b));
  return [...differences, ...figures];
}
