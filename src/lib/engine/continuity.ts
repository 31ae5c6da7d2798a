// Continuity indicators: how the clinic's list compares with Socialstyrelsen's
// guide value and with the rule set's own cap and target, whether the
// named-doctor bonus is earned, and what it would take: the doctors for the
// cap, the conditions of the bonus and what the bonus would pay if earned.

import type { Condition, ResolvedRuleSet } from '../rules/types.ts';
import type { ClinicFacts } from './facts.ts';
import type { ComponentResult, ContinuityResult, TraceEntry } from './types.ts';

/** The component id the continuity panel and the command line treat as the named-doctor bonus. */
export const NAMED_DOCTOR_BONUS = 'named-doctor-bonus';

export function continuityOf(
  ruleSet: ResolvedRuleSet,
  facts: ClinicFacts,
  components: ComponentResult[],
  trace: TraceEntry[],
): ContinuityResult {
  const valueOf = (name: string | undefined) => (name ? (ruleSet.parameters[name]?.value ?? null) : null);
  const guideValue = valueOf(ruleSet.continuity.guideValue)!;
  const patientCap = valueOf(ruleSet.continuity.patientCap);
  const namedDoctorTarget = valueOf(ruleSet.continuity.namedDoctorTarget);
  const bonus = components.find((c) => c.id === NAMED_DOCTOR_BONUS);
  const bonusTrace = trace.find((t) => t.component === NAMED_DOCTOR_BONUS);
  const bonusNeeds = bonusConditions(ruleSet);
  const doctorsFor1100 = facts.listedPatients / guideValue;
  const doctorsForCap = patientCap === null ? null : facts.listedPatients / patientCap;
  return {
    patientsPerDoctor: facts.patientsPerDoctor,
    guideValue,
    patientCap,
    withinGuideValue: facts.patientsPerDoctor <= guideValue,
    withinPatientCap: patientCap === null ? null : facts.patientsPerDoctor <= patientCap,
    namedDoctorShare: facts.namedDoctorShare,
    namedDoctorTarget,
    namedDoctorTargetMet: namedDoctorTarget === null ? null : facts.namedDoctorShare >= namedDoctorTarget,
    namedDoctorBonusEarned: bonus ? bonus.applies : null,
    namedDoctorBonusFailedConditions: bonusTrace?.failed ?? [],
    doctorsFor1100,
    additionalDoctorsFor1100: Math.max(0, doctorsFor1100 - facts.doctors),
    doctorsForCap,
    additionalDoctorsForCap: doctorsForCap === null ? null : Math.max(0, doctorsForCap - facts.doctors),
    namedDoctorShareForBonus: bonus ? bonusNeeds.namedDoctorShare : null,
    patientsPerDoctorForBonus: bonus ? bonusNeeds.patientsPerDoctor : null,
    bonusIfEarned: bonus ? bonus.formulaAmount : null,
  };
}

/**
 * What the bonus asks of a clinic, read from its conditions in the rule set: the least share listed on
 * a named doctor and the most listed patients per doctor. Only conditions that must all hold count
 * (the rule itself, or the parts of an "all"); a condition under "any" or "not" is no plain threshold.
 */
function bonusConditions(ruleSet: ResolvedRuleSet): { namedDoctorShare: number | null; patientsPerDoctor: number | null } {
  const needs = { namedDoctorShare: null as number | null, patientsPerDoctor: null as number | null };
  const when = ruleSet.components.find((c) => c.id === NAMED_DOCTOR_BONUS)?.when;
  const visit = (condition: Condition) => {
    if ('all' in condition) return condition.all.forEach(visit);
    if ('any' in condition || 'not' in condition) return;
    const threshold = ruleSet.parameters[condition.value.parameter]?.value;
    if (threshold === undefined) return;
    if (condition.fact === 'namedDoctorShare' && condition.operator.startsWith('greaterThan')) {
      needs.namedDoctorShare = Math.max(needs.namedDoctorShare ?? -Infinity, threshold);
    }
    if (condition.fact === 'patientsPerDoctor' && condition.operator.startsWith('lessThan')) {
      needs.patientsPerDoctor = Math.min(needs.patientsPerDoctor ?? Infinity, threshold);
    }
  };
  if (when) visit(when);
  return needs;
}
