// "Year by year": which rule sets are the years and which the proposals, and
// one figure's history through the years, the way a legislation explorer
// shows a law's versions: each year's value, whether that year's own rule
// file sets it or carries it from an earlier year, and whether it changed.
// Read from the resolved rule sets, so a new year's file adds a row (and a
// point on the chart) without code. Pure functions; no DOM.

import { compareCodes, type Catalog } from '../rules/catalog.ts';
import type { ResolvedParameter, ResolvedRuleSet } from '../rules/types.ts';
import type { HistoryKey } from './keys.ts';

/** Each followed figure's parameter in the rule files (named in locales/*\/rules.json `parameters`). */
export const HISTORY_PARAMETERS: Readonly<Record<HistoryKey, string>> = {
  bonus: 'namedDoctorBonusPerPatient',
  target: 'namedDoctorTarget',
  cap: 'bonusPatientCap',
  narakut: 'narakutRatioThreshold',
  listing: 'listingShareOfPay',
  budget: 'clinicBudget',
};

/** The year of a rule set's date ("2022-01-01", "2024-04-17", "2022"). */
export function yearOf(ruleSet: Pick<ResolvedRuleSet, 'date'>): number {
  return Number(ruleSet.date?.slice(0, 4));
}

const byDate = (a: ResolvedRuleSet, b: ResolvedRuleSet) => compareCodes(a.date ?? '', b.date ?? '');

/** Every year's rule set, oldest first (a year without a date cannot be placed, and is left out). */
export function yearRuleSets(catalog: Pick<Catalog, 'ruleSets'>): ResolvedRuleSet[] {
  return catalog.ruleSets.filter((r) => r.kind === 'year' && r.date).sort(byDate);
}

/** Every proposal and variant that has a date, by date; a proposal's variants follow it. */
export function proposalRuleSets(catalog: Pick<Catalog, 'ruleSets'>): ResolvedRuleSet[] {
  return catalog.ruleSets.filter((r) => r.kind === 'proposal' && r.date).sort(byDate);
}

export type HistoryChange =
  /** The first year shown that has it. */
  | 'first'
  /** Present this year, absent the year before. */
  | 'new'
  | 'changed'
  | 'same'
  /** This year's rules do not have it. */
  | 'absent';

export interface HistoryRow {
  ruleSet: ResolvedRuleSet;
  year: number;
  /** The figure as this year's rules have it; null where they have none ("not in the sources for this year"). */
  parameter: ResolvedParameter | null;
  /**
   * The earlier year whose rule file sets the value this year uses unchanged ("as in 2022"); null
   * where this year's own file sets it. The shared base file's figures are every year's own
   * assumptions, not carried from a year (as "Why these amounts" has it).
   */
  carriedFrom: ResolvedRuleSet | null;
  change: HistoryChange;
  /** The year before's value, where it changed. */
  previous: number | null;
}

/** Equal but for floating-point noise (a derived share worked out in another order). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** One parameter through every year's rule set, oldest first. */
export function parameterHistory(catalog: Pick<Catalog, 'ruleSets' | 'get'>, parameterId: string): HistoryRow[] {
  let before: ResolvedParameter | null | undefined;
  return yearRuleSets(catalog).map((ruleSet, index) => {
    const parameter = ruleSet.parameters[parameterId] ?? null;
    const definedBy = parameter && parameter.definedIn !== ruleSet.id ? catalog.get(parameter.definedIn) : undefined;
    let change: HistoryChange;
    if (!parameter) change = 'absent';
    else if (index === 0) change = 'first';
    else if (!before) change = 'new';
    else change = same(parameter.value, before.value) ? 'same' : 'changed';
    const row: HistoryRow = {
      ruleSet,
      year: yearOf(ruleSet),
      parameter,
      carriedFrom: definedBy?.kind === 'year' ? definedBy : null,
      change,
      previous: change === 'changed' ? before!.value : null,
    };
    before = parameter;
    return row;
  });
}
