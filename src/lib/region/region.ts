// The whole region: how many residents N full-time GPs could give a named GP
// at Socialstyrelsen's 1 100 each, the Social Democrats' plan year by year,
// the residents of each year, and the named-doctor targets of the rule sets.
// Pure functions over src/lib/region/data.ts; no DOM.

import type { ResolvedRuleSet } from '../rules/types.ts';
import { GP_PLAN, GUIDE_VALUE, RESIDENTS, type DatedFigure } from './data.ts';

export interface RegionCoverage {
  gps: number;
  residents: number;
  residentsPerGp: number;
  /** The share of residents the GPs could take at 1 100 each; at most 1. */
  shareCoveredAt1100: number;
  /** Full-time GPs needed for every resident at 1 100 each. */
  gpsNeededFor1100: number;
}

export function coverage(gps: number, residents: number, guideValue: number = GUIDE_VALUE.value): RegionCoverage {
  return {
    gps,
    residents,
    residentsPerGp: residents / gps,
    shareCoveredAt1100: Math.min(1, (gps * guideValue) / residents),
    gpsNeededFor1100: residents / guideValue,
  };
}

export { DEFAULT_GPS, DEFAULT_YEAR, GP_RANGE, YEAR_RANGE } from './inputs.ts';

/** What the command line accepts. */
export const CLI_RANGES = { gps: { min: 1, max: 100_000 }, residents: { min: 1_000, max: 100_000_000 } } as const;

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The last sourced count of residents. */
export const LATEST_RESIDENTS: DatedFigure = RESIDENTS[RESIDENTS.length - 1];

export interface ResidentsInYear {
  value: number;
  /** The count used: the last one dated in or before the year (the first one for an earlier year). */
  count: DatedFigure;
  /** True when the year is not the count's own: the population is held at that count. */
  heldConstant: boolean;
}

export function residentsIn(year: number): ResidentsInYear {
  const count = RESIDENTS.filter((r) => yearOf(r.date) <= year).at(-1) ?? RESIDENTS[0];
  return { value: count.value, count, heldConstant: yearOf(count.date) !== year };
}

/** GPs in the county in a year of the plan, on a straight line between its two ends; null outside them. */
export function planGps(year: number): number | null {
  const { from, to } = GP_PLAN;
  if (year < from.year || year > to.year) return null;
  return from.value + ((to.value - from.value) * (year - from.year)) / (to.year - from.year);
}

export interface PlanYear extends RegionCoverage {
  year: number;
  heldConstant: boolean;
}

/** Every year of the plan with the GPs on the straight path, that year's residents and the share covered. */
export function planPath(): PlanYear[] {
  const years: PlanYear[] = [];
  for (let year = GP_PLAN.from.year; year <= GP_PLAN.to.year; year++) {
    const residents = residentsIn(year);
    years.push({ year, heldConstant: residents.heldConstant, ...coverage(planGps(year)!, residents.value) });
  }
  return years;
}

/** More GPs a year, from the plan's 1 240 in 2024, to have `gps` by `year`; null for 2024 itself. */
export function gpsPerYearToReach(gps: number, year: number): number | null {
  if (year <= GP_PLAN.from.year) return null;
  return (gps - GP_PLAN.from.value) / (year - GP_PLAN.from.year);
}

export interface TargetGroup {
  /** The share listed on a named doctor a rule set aims at. */
  target: number;
  /** The rule sets (and readings) with this target, in the catalog's order. */
  ruleSets: ResolvedRuleSet[];
}

/** The named-doctor targets of the rule sets, read from each one's continuity settings, lowest first. */
export function namedDoctorTargets(ruleSets: readonly ResolvedRuleSet[]): TargetGroup[] {
  const groups = new Map<number, ResolvedRuleSet[]>();
  for (const ruleSet of ruleSets) {
    const name = ruleSet.continuity.namedDoctorTarget;
    const target = name ? ruleSet.parameters[name]?.value : undefined;
    if (target === undefined) continue;
    groups.set(target, [...(groups.get(target) ?? []), ruleSet]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([target, sets]) => ({ target, ruleSets: sets }));
}

/** A date of the data (YYYY-MM or YYYY-MM-DD) as a year with a fraction, for placing it on an axis. */
export function fractionalYear(date: string): number {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}
