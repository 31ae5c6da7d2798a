// Pay as one clinic input moves across its whole range, for each rule set,
// with the cliffs: the points where a component starts or stops applying
// (a bonus lost as the list per doctor grows, say). Cliffs come from the
// engine's trace, not from guessing at jumps in the curve.

import { FIELD_BY_ID, type Clinic, type ClinicFieldId } from '../clinic/fields.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import type { RuleSetEvaluator } from './evaluator.ts';
import type { RuleSetResult } from './types.ts';

export interface Cliff {
  /** Index of the first point on the far side of the change. */
  index: number;
  /** The input's value there. */
  value: number;
  component: string;
  /** Whether the component applies from this point on. */
  applies: boolean;
  /** Total just before and at the point. */
  totalBefore: number;
  totalAfter: number;
}

export interface SweepSeries {
  ruleSet: string;
  totals: number[];
  cliffs: Cliff[];
}

export interface Sweep {
  field: ClinicFieldId;
  values: number[];
  series: SweepSeries[];
}

export const SWEEP_POINTS = 101;

export function sweepValues(field: ClinicFieldId, points = SWEEP_POINTS): number[] {
  const { min, max } = FIELD_BY_ID[field];
  return Array.from({ length: points }, (_, i) => min + ((max - min) * i) / (points - 1));
}

export interface SweepOptions {
  points?: number;
  /**
   * Called between points; returning a promise lets the caller yield to the browser (so no task
   * runs long) or throw to abandon a sweep that a newer one has replaced.
   */
  pause?: (done: number) => Promise<void> | void;
}

export async function sweep(
  evaluator: RuleSetEvaluator,
  ruleSets: readonly ResolvedRuleSet[],
  clinic: Clinic,
  field: ClinicFieldId,
  options: SweepOptions = {},
): Promise<Sweep> {
  const values = sweepValues(field, options.points);
  let done = 0;
  const series = [];
  for (const ruleSet of ruleSets) {
    // One after another: 101 evaluations in flight at once cost more in garbage than they gain.
    const results: RuleSetResult[] = [];
    for (const value of values) {
      results.push(await evaluator.evaluate(ruleSet, { ...clinic, [field]: value }));
      await options.pause?.(++done);
    }
    series.push(seriesOf(ruleSet, values, results));
  }
  return { field, values, series };
}

function seriesOf(ruleSet: ResolvedRuleSet, values: number[], results: RuleSetResult[]): SweepSeries {
  const totals = results.map((r) => r.total);
  const cliffs: Cliff[] = [];
  for (let i = 1; i < results.length; i++) {
    results[i].components.forEach((component, c) => {
      const before = results[i - 1].components[c];
      if (before && before.applies !== component.applies) {
        cliffs.push({
          index: i,
          value: values[i],
          component: component.id,
          applies: component.applies,
          totalBefore: totals[i - 1],
          totalAfter: totals[i],
        });
      }
    });
  }
  return { ruleSet: ruleSet.id, totals, cliffs };
}
