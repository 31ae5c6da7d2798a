// Continuity indicators: how the clinic's list compares with Socialstyrelsen's
// guide value and with the rule set's own cap and target, and whether the
// named-doctor bonus is earned.

import type { ResolvedRuleSet } from '../rules/types.ts';
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
  const doctorsFor1100 = facts.listedPatients / guideValue;
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
  };
}
