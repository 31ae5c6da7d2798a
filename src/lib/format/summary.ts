// The one-paragraph summary a screen reader hears after the inputs settle,
// and that the page's text alternative starts with.

import { differenceDirection } from '../engine/direction.ts';
import type { ValueRange } from '../engine/range.ts';
import type { RuleSetResult } from '../engine/types.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import { ruleSetName } from './explain.ts';
import { roughly } from './ranges.ts';
import { formatSekShort, type Language } from './numbers.ts';
import type { Translate } from './translate.ts';

export function resultSummary(
  ruleSets: readonly ResolvedRuleSet[],
  results: Readonly<Record<string, RuleSetResult>>,
  language: Language,
  t: Translate,
  /** Each comparison's difference range, when worked out: a difference whose range crosses zero is unclear. */
  differenceRanges: Readonly<Record<string, ValueRange>> = {},
): string {
  const [baseline, ...others] = ruleSets.filter((r) => results[r.id]);
  if (!baseline) return '';
  const base = results[baseline.id];
  const parts = [
    t('summary.baseline', { name: ruleSetName(baseline, t), total: formatSekShort(base.total, language) }),
    ...others.map((ruleSet) => {
      const result = results[ruleSet.id];
      const change = result.total - base.total;
      const range = differenceRanges[ruleSet.id];
      if (range && differenceDirection(range) === 'unclear') {
        return t('summary.comparisonUnclear', {
          name: ruleSetName(ruleSet, t),
          total: formatSekShort(result.total, language),
          low: formatSekShort(roughly(range.low), language, { signed: true }),
          high: formatSekShort(roughly(range.high), language, { signed: true }),
        });
      }
      return t(change >= 0 ? 'summary.comparisonMore' : 'summary.comparisonLess', {
        name: ruleSetName(ruleSet, t),
        total: formatSekShort(result.total, language),
        change: formatSekShort(Math.abs(change), language),
      });
    }),
  ];
  const bonus = base.continuity.namedDoctorBonusEarned;
  if (bonus !== null) parts.push(t(bonus ? 'summary.bonusEarned' : 'summary.bonusNotEarned', { name: ruleSetName(baseline, t) }));
  return parts.join(' ');
}
