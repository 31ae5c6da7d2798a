// The one-paragraph summary a screen reader hears after the inputs settle,
// and that the page's text alternative starts with.

import type { RuleSetResult } from '../engine/types.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import { ruleSetName } from './explain.ts';
import { formatSekShort, type Language } from './numbers.ts';
import type { Translate } from './translate.ts';

export function resultSummary(
  ruleSets: readonly ResolvedRuleSet[],
  results: Readonly<Record<string, RuleSetResult>>,
  language: Language,
  t: Translate,
): string {
  const [baseline, ...others] = ruleSets.filter((r) => results[r.id]);
  if (!baseline) return '';
  const base = results[baseline.id];
  const parts = [
    t('summary.baseline', { name: ruleSetName(baseline, t), total: formatSekShort(base.total, language) }),
    ...others.map((ruleSet) => {
      const result = results[ruleSet.id];
      const change = result.total - base.total;
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
