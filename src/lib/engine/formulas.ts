// How every component turns a clinic into kronor. This is the whole list:
// a rule set names one of these formulas and which of its parameters fills
// each role; json-rules-engine decides whether the component applies at all.
// Each formula also returns the numbers it used, named, so the explanation
// ("10 000 listed × 4 kr") is generated from the same arithmetic.

import type { ClinicFacts, FactId } from './facts.ts';

/** Units a formula term can carry; the formatter and the i18n templates know each. */
export type TermUnit =
  | 'SEK'
  | 'SEK/patient/year'
  | 'SEK/visit'
  | 'SEK/weekly-hour/year'
  | 'patients'
  | 'visits'
  | 'visits/patient/year'
  | 'hours/week'
  | 'share'
  | 'ratio'
  | 'weight'
  | 'patients/doctor'
  | 'factor';

export interface FormulaTerm {
  value: number;
  unit: TermUnit;
  /** The formula role this number fills, if a parameter fills it. */
  role?: string;
  /** The clinic fact this number is, if any. */
  fact?: FactId;
}

export interface FormulaOutcome {
  amount: number;
  /** Named numbers, in the order the explanation reads them. */
  terms: Record<string, FormulaTerm>;
}

export interface FormulaDefinition {
  /** Roles the rule set must fill with parameters. */
  roles: readonly string[];
  /** Facts the formula reads; "ratio" formulas read the component's own fact. */
  facts: readonly FactId[];
  /** True when the component must name the ratio fact it reads. */
  readsComponentFact?: boolean;
  compute(parameters: Record<string, number>, facts: ClinicFacts, ratioFact?: FactId): FormulaOutcome;
}

const param = (value: number, unit: TermUnit, role: string): FormulaTerm => ({ value, unit, role });
const fact = (facts: ClinicFacts, id: FactId, unit: TermUnit): FormulaTerm => ({ value: facts[id], unit, fact: id });

const AGE_ROLES = ['ageWeight0to4', 'ageWeight5to64', 'ageWeight65to74', 'ageWeight75plus'] as const;

/** Weighted age mix of a population; shares of the three named bands, the rest is 5–64. */
function ageMixWeight(p: Record<string, number>, share0to4: number, share65to74: number, share75plus: number): number {
  const rest = Math.max(0, 1 - share0to4 - share65to74 - share75plus);
  return (
    share0to4 * p.ageWeight0to4 +
    rest * p.ageWeight5to64 +
    share65to74 * p.ageWeight65to74 +
    share75plus * p.ageWeight75plus
  );
}

export const FORMULAS = {
  /**
   * Listningsersättning (listing payment): the average amount per listed
   * patient, scaled by how the clinic's age mix compares with the region's
   * and by its care-need index (ACG and CNI). A clinic with the region's mix
   * and index 1 gets exactly the average.
   */
  listingPayment: {
    roles: ['amountPerPatient', 'careNeedShare', ...AGE_ROLES, 'regionShare0to4', 'regionShare65to74', 'regionShare75plus'],
    facts: ['listedPatients', 'shareAged0to4', 'shareAged65to74', 'shareAged75plus', 'careNeedIndex'],
    compute(p, f) {
      const clinicMix = ageMixWeight(p, f.shareAged0to4, f.shareAged65to74, f.shareAged75plus);
      const regionMix = ageMixWeight(p, p.regionShare0to4, p.regionShare65to74, p.regionShare75plus);
      const ageFactor = clinicMix / regionMix;
      const weighting = (1 - p.careNeedShare) * ageFactor + p.careNeedShare * f.careNeedIndex;
      return {
        amount: f.listedPatients * p.amountPerPatient * weighting,
        terms: {
          listed: fact(f, 'listedPatients', 'patients'),
          amountPerPatient: param(p.amountPerPatient, 'SEK/patient/year', 'amountPerPatient'),
          ageShare: { value: 1 - p.careNeedShare, unit: 'share' },
          ageFactor: { value: ageFactor, unit: 'factor' },
          careNeedShare: param(p.careNeedShare, 'share', 'careNeedShare'),
          careNeedIndex: fact(f, 'careNeedIndex', 'factor'),
          weighting: { value: weighting, unit: 'factor' },
        },
      };
    },
  },

  /** A fixed sum for every listed patient (a bonus or a goal payment when it applies). */
  perListedPatient: {
    roles: ['amount'],
    facts: ['listedPatients'],
    compute(p, f) {
      return {
        amount: f.listedPatients * p.amount,
        terms: {
          listed: fact(f, 'listedPatients', 'patients'),
          amount: param(p.amount, 'SEK/patient/year', 'amount'),
        },
      };
    },
  },

  /** Besöksersättning (visit pay) for visits by the clinic's own listed patients. */
  perListedVisit: {
    roles: ['fee'],
    facts: ['listedPatients', 'visitsPerListedPatient', 'listedVisits'],
    compute(p, f) {
      return {
        amount: f.listedVisits * p.fee,
        terms: {
          listed: fact(f, 'listedPatients', 'patients'),
          visitsPerPatient: fact(f, 'visitsPerListedPatient', 'visits/patient/year'),
          visits: fact(f, 'listedVisits', 'visits'),
          fee: param(p.fee, 'SEK/visit', 'fee'),
        },
      };
    },
  },

  /** Visit pay for patients not listed at the clinic. */
  perUnlistedVisit: {
    roles: ['fee'],
    facts: ['unlistedVisits'],
    compute(p, f) {
      return {
        amount: f.unlistedVisits * p.fee,
        terms: { visits: fact(f, 'unlistedVisits', 'visits'), fee: param(p.fee, 'SEK/visit', 'fee') },
      };
    },
  },

  /** Visit pay per participant in a video group visit. */
  perVideoGroupVisit: {
    roles: ['fee'],
    facts: ['videoGroupVisits'],
    compute(p, f) {
      return {
        amount: f.videoGroupVisits * p.fee,
        terms: { visits: fact(f, 'videoGroupVisits', 'visits'), fee: param(p.fee, 'SEK/visit', 'fee') },
      };
    },
  },

  /** Pay for extended opening hours: a yearly sum per weekly hour open beyond the standard. */
  perWeeklyExtendedHour: {
    roles: ['amount'],
    facts: ['extendedHoursPerWeek'],
    compute(p, f) {
      return {
        amount: f.extendedHoursPerWeek * p.amount,
        terms: {
          hours: fact(f, 'extendedHoursPerWeek', 'hours/week'),
          amount: param(p.amount, 'SEK/weekly-hour/year', 'amount'),
        },
      };
    },
  },

  /**
   * Kostnadsansvar (cost responsibility): when the clinic's ratio exceeds the
   * threshold, it pays for each visit above threshold × the expected level.
   * The result is a negative amount.
   */
  deductionAboveRatio: {
    roles: ['threshold', 'expectedVisitsPerListed', 'costPerVisit'],
    facts: ['listedPatients'],
    readsComponentFact: true,
    compute(p, f, ratioFact) {
      const ratio = f[ratioFact!];
      const excessRatio = Math.max(0, ratio - p.threshold);
      const excessVisits = excessRatio * f.listedPatients * p.expectedVisitsPerListed;
      return {
        amount: excessVisits === 0 ? 0 : -excessVisits * p.costPerVisit,
        terms: {
          ratio: fact(f, ratioFact!, 'ratio'),
          threshold: param(p.threshold, 'ratio', 'threshold'),
          listed: fact(f, 'listedPatients', 'patients'),
          expectedVisitsPerListed: param(p.expectedVisitsPerListed, 'visits/patient/year', 'expectedVisitsPerListed'),
          excessVisits: { value: excessVisits, unit: 'visits' },
          costPerVisit: param(p.costPerVisit, 'SEK/visit', 'costPerVisit'),
        },
      };
    },
  },

  /**
   * A sum per listed patient that grows as the list per doctor shrinks:
   * nothing at `zeroAt` patients per doctor or more, the full amount at `fullAt` or fewer.
   */
  gradedPerListedPatient: {
    roles: ['amount', 'fullAt', 'zeroAt'],
    facts: ['listedPatients', 'patientsPerDoctor'],
    compute(p, f) {
      const share = Math.min(1, Math.max(0, (p.zeroAt - f.patientsPerDoctor) / (p.zeroAt - p.fullAt)));
      return {
        amount: f.listedPatients * p.amount * share,
        terms: {
          listed: fact(f, 'listedPatients', 'patients'),
          amount: param(p.amount, 'SEK/patient/year', 'amount'),
          patientsPerDoctor: fact(f, 'patientsPerDoctor', 'patients/doctor'),
          fullAt: param(p.fullAt, 'patients/doctor', 'fullAt'),
          zeroAt: param(p.zeroAt, 'patients/doctor', 'zeroAt'),
          share: { value: share, unit: 'share' },
        },
      };
    },
  },
} satisfies Record<string, FormulaDefinition>;

export type FormulaId = keyof typeof FORMULAS;

export function isFormulaId(id: string): id is FormulaId {
  return Object.hasOwn(FORMULAS, id);
}

/** Facts a component may name for a ratio formula. */
export const RATIO_FACTS: readonly FactId[] = ['narakutRatio', 'antibioticRatio'];
