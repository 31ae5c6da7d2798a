// The region-wide view of a rule set: the region's average clinic (the
// default clinic: the region's age mix, care-need index 1, average visits)
// multiplied out to every listed resident. Under a year's rules this must be
// that year's budget; under a proposal it is the budget of the year the
// proposal changes plus what the proposal adds, component by component.

import { defaultClinic, type Clinic } from '../clinic/fields.ts';
import type { Catalog } from '../rules/catalog.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import type { RuleSetEvaluator } from './evaluator.ts';

/** The clinic whose pay, multiplied out, is the region's. */
export function averageClinic(): Clinic {
  return defaultClinic();
}

export interface ComponentRegionChange {
  id: string;
  /** SEK a year, region-wide, against the budget year's rules. */
  change: number;
}

export interface BudgetCheck {
  ruleSet: string;
  /** The year whose budget this rule set spends (itself for a year). */
  budgetYear: string;
  /** That year's budget for the clinics, SEK a year. */
  budget: number;
  /** The average clinic's pay multiplied out to all listed residents. */
  regionTotal: number;
  /** regionTotal ÷ budget − 1. */
  deviation: number;
  /** The average clinic's pay per listed patient, SEK a year. */
  perListedPatient: number;
  /** For a proposal: where, region-wide, it adds or moves money compared with its year. */
  changes: ComponentRegionChange[];
}

/** Null for a rule set without a budget to measure against (a version archived before budgets closed). */
export async function budgetCheck(catalog: Catalog, evaluator: RuleSetEvaluator, ruleSet: ResolvedRuleSet): Promise<BudgetCheck | null> {
  const clinic = averageClinic();
  const year = catalog.get(ruleSet.budgetYear) ?? ruleSet;
  if (!year.parameters.clinicBudget || !ruleSet.parameters.listedResidents) return null;
  const scale = ruleSet.parameters.listedResidents.value / clinic.listedPatients;
  const [result, yearResult] = await Promise.all([evaluator.evaluate(ruleSet, clinic), evaluator.evaluate(year, clinic)]);
  const budget = year.parameters.clinicBudget.value;
  const regionTotal = result.total * scale;
  const ids = [...new Set([...yearResult.components, ...result.components].map((c) => c.id))];
  const amountOf = (components: typeof result.components, id: string) => components.find((c) => c.id === id)?.amount ?? 0;
  const changes = ids
    .map((id) => ({ id, change: (amountOf(result.components, id) - amountOf(yearResult.components, id)) * scale }))
    .filter((c) => Math.abs(c.change) >= 1);
  return {
    ruleSet: ruleSet.id,
    budgetYear: year.id,
    budget,
    regionTotal,
    deviation: regionTotal / budget - 1,
    perListedPatient: result.perListedPatient,
    changes,
  };
}
