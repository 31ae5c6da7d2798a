import type { ComparisonOperator, Provenance, Unit } from '../rules/types.ts';
import type { FactId } from './facts.ts';
import type { FormulaTerm } from './formulas.ts';

/** A parameter as it appears in a result: value, provenance and the parameters it derives from. */
export interface ParameterProvenance {
  parameter: string;
  value: number;
  unit: Unit;
  provenance: Provenance;
  illustrative: boolean;
  /** Parameters named by a derived parameter's formula, for "derived from …". */
  dependsOn: string[];
  /** The rule set whose file defines it, and where. */
  definedIn: string;
  /** The date the figure describes, when it is used for another year. */
  describes?: string;
  /** Its plausible range or other readings (why: the rule set's parameter's rangeReason). */
  range?: [number, number];
  file: string;
  path: string;
}

export interface ComponentResult {
  id: string;
  /** SEK a year; negative for a deduction. */
  amount: number;
  /** Whether json-rules-engine found its conditions met (always true without conditions). */
  applies: boolean;
  /** What the formula gives for this clinic; the amount is this when the component applies, else 0. */
  formulaAmount: number;
  formula: string;
  /** The numbers the formula used, named; the explanation is built from these. */
  terms: Record<string, FormulaTerm>;
  /** Formula role → the rule-set parameter filling it (a term's `role` looks up its parameter here). */
  parameters: Record<string, string>;
  /** The parameters that drive it, directly and through formulas, with provenance. */
  provenance: ParameterProvenance[];
  /** True when an illustrative figure drives this amount. */
  illustrative: boolean;
}

export interface TraceLeaf {
  type: 'condition';
  fact: FactId;
  operator: ComparisonOperator;
  /** The threshold's parameter and its value. */
  parameter: string;
  threshold: number;
  /** The clinic's value of the fact. */
  actual: number;
  passed: boolean;
}

export type TraceNode =
  | TraceLeaf
  | { type: 'all'; passed: boolean; children: TraceNode[] }
  | { type: 'any'; passed: boolean; children: TraceNode[] }
  | { type: 'not'; passed: boolean; child: TraceNode };

export interface TraceEntry {
  /** The component whose rule this is. */
  component: string;
  applied: boolean;
  /** Absent when the component always applies. */
  condition?: TraceNode;
  /** The leaf conditions that kept the rule from applying. */
  failed: TraceLeaf[];
}

export interface ContinuityResult {
  patientsPerDoctor: number;
  /** Socialstyrelsen's guide value, 1 100. */
  guideValue: number;
  /** The rule set's cap on patients per doctor, null when it has none. */
  patientCap: number | null;
  withinGuideValue: boolean;
  withinPatientCap: boolean | null;
  namedDoctorShare: number;
  namedDoctorTarget: number | null;
  namedDoctorTargetMet: boolean | null;
  /** Null when the rule set pays no named-doctor bonus. */
  namedDoctorBonusEarned: boolean | null;
  namedDoctorBonusFailedConditions: TraceLeaf[];
  /** Full-time doctors the clinic would need in all for 1 100 listed each. */
  doctorsFor1100: number;
  additionalDoctorsFor1100: number;
  /** Full-time doctors the clinic would need in all to be within the rule set's cap; null without a cap. */
  doctorsForCap: number | null;
  /** How many more than now (0 when already within); null without a cap. */
  additionalDoctorsForCap: number | null;
  /** The least share listed on a named doctor the bonus asks for; null without a bonus or such a condition. */
  namedDoctorShareForBonus: number | null;
  /** The most listed patients per doctor the bonus allows; null without a bonus or such a condition. */
  patientsPerDoctorForBonus: number | null;
  /** SEK a year the named-doctor bonus would pay this clinic if earned; null when the rule set has no bonus. */
  bonusIfEarned: number | null;
}

export interface RuleSetResult {
  ruleSet: string;
  contentHash: string;
  /** SEK a year. */
  total: number;
  perListedPatient: number;
  components: ComponentResult[];
  continuity: ContinuityResult;
  trace: TraceEntry[];
  /** True when any illustrative figure drives the total. */
  illustrative: boolean;
}
