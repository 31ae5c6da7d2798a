// The components chart: one horizontal stacked bar per chosen rule set,
// one segment per component, in millions of kronor a year.

import type { ChartConfiguration } from 'chart.js';
import type { RuleSetResult } from '../engine/types.ts';
import { componentName, ruleSetName } from '../format/explain.ts';
import { formatSekShort, INTL_LOCALES, type Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import type { ChartPalette } from './palette.ts';

import { componentOrder } from './order.ts';

export interface ComponentChartInput {
  ruleSets: readonly ResolvedRuleSet[];
  results: Readonly<Record<string, RuleSetResult>>;
  t: Translate;
  language: Language;
  palette: ChartPalette;
  animate: boolean;
}

export function componentChartConfig({ ruleSets, results, t, language, palette, animate }: ComponentChartInput): ChartConfiguration<'bar'> {
  const shown = ruleSets.filter((r) => results[r.id]);
  // Components worth nothing under every shown rule set only clutter the legend; the table lists them.
  const order = componentOrder(shown.map((r) => results[r.id])).filter((id) =>
    shown.some((r) => Math.abs(results[r.id].components.find((c) => c.id === id)?.amount ?? 0) >= 0.5),
  );
  const amount = (ruleSet: string, component: string) => results[ruleSet].components.find((c) => c.id === component);
  return {
    type: 'bar',
    data: {
      labels: shown.map((r) => ruleSetName(r, t).split(' — ')),
      datasets: order.map((component, index) => ({
        label: componentName(component, t) + (shown.some((r) => amount(r.id, component)?.illustrative) ? '*' : ''),
        data: shown.map((r) => (amount(r.id, component)?.amount ?? 0) / 1e6),
        backgroundColor: palette.components[index % palette.components.length],
        borderColor: palette.text,
        borderWidth: 0,
        stack: 'pay',
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 200 } : false,
      scales: {
        x: {
          stacked: true,
          title: { display: true, text: t('charts.millionsPerYear'), color: palette.text },
          ticks: { color: palette.text, callback: (value) => Number(value).toLocaleString(INTL_LOCALES[language]) },
          grid: { color: palette.grid },
        },
        y: { stacked: true, ticks: { color: palette.text }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: palette.text, boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${formatSekShort(Number(item.raw) * 1e6, language)}`,
          },
        },
      },
    },
  };
}
