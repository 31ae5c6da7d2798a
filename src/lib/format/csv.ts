// Results as CSV, for the command line and the page's "download CSV":
// one row per component, then the total and the amount per listed patient,
// and where the rule set pays a named-doctor bonus, what it would pay if
// earned ("bonusIfEarned"; applies says whether it is earned now); then, when
// given, the clinic's total under every rule set ("yearByYearTotal").

import { NAMED_DOCTOR_BONUS } from '../engine/continuity.ts';
import type { RuleSetResult } from '../engine/types.ts';

const HEADER = ['ruleSet', 'row', 'amountSek', 'applies', 'illustrative'];

function cell(value: string | number | boolean): string {
  const text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : String(value);
  // Quote anything a spreadsheet could misread; neutralise formula prefixes.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * `yearByYear`: the same clinic under every year's rules and every proposal (the page's "Year by
 * year"), as rows "yearByYearTotal" after the chosen rule sets' own.
 */
export function resultsToCsv(results: readonly RuleSetResult[], yearByYear: readonly RuleSetResult[] = []): string {
  const rows: (string | number | boolean)[][] = [HEADER];
  for (const result of results) {
    for (const component of result.components) {
      rows.push([result.ruleSet, component.id, component.amount, component.applies, component.illustrative]);
    }
    rows.push([result.ruleSet, 'total', result.total, true, result.illustrative]);
    rows.push([result.ruleSet, 'perListedPatient', result.perListedPatient, true, result.illustrative]);
    const { bonusIfEarned, namedDoctorBonusEarned } = result.continuity;
    if (bonusIfEarned !== null) {
      const bonus = result.components.find((c) => c.id === NAMED_DOCTOR_BONUS);
      rows.push([result.ruleSet, 'bonusIfEarned', bonusIfEarned, namedDoctorBonusEarned === true, bonus?.illustrative ?? false]);
    }
  }
  for (const result of yearByYear) rows.push([result.ruleSet, 'yearByYearTotal', result.total, true, result.illustrative]);
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}
