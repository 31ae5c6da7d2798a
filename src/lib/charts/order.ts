import type { RuleSetResult } from '../engine/types.ts';

/** Every component of the chosen results, in the order they first appear. */
export function componentOrder(results: readonly RuleSetResult[]): string[] {
  return [...new Set(results.flatMap((r) => r.components.map((c) => c.id)))];
}
