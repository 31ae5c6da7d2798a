// The sweep chart: total pay as one input moves across its range, one line
// per chosen rule set, the current value marked by a vertical line and the
// cliffs (a component starting or stopping to apply) by triangles.

import type { ChartConfiguration, ChartType, Plugin } from 'chart.js';
import { displayBounds, toDisplayNumber } from '../clinic/display.ts';
import { FIELD_BY_ID } from '../clinic/fields.ts';
import type { Sweep } from '../engine/sweep.ts';
import { ruleSetName } from '../format/explain.ts';
import { formatSekShort, type Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';
import type { ChartPalette } from './palette.ts';

export interface SweepChartInput {
  sweep: Sweep;
  ruleSets: readonly ResolvedRuleSet[];
  currentValue: number;
  t: Translate;
  language: Language;
  palette: ChartPalette;
  animate: boolean;
}

interface MarkerOptions {
  x: number;
  color: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    currentValue?: MarkerOptions;
  }
}

/** Line patterns, so the series differ by more than colour. */
const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3]];

/** Draws the current value as a dashed vertical line across the plot. */
export const currentValuePlugin: Plugin<'line', MarkerOptions> = {
  id: 'currentValue',
  afterDatasetsDraw(chart, _args, options) {
    const x = chart.scales.x.getPixelForValue(options.x);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.lineWidth = 2;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
};

export function sweepChartConfig({ sweep, ruleSets, currentValue, t, language, palette, animate }: SweepChartInput): ChartConfiguration<'line'> {
  const field = FIELD_BY_ID[sweep.field];
  const x = (value: number) => toDisplayNumber(field, value);
  const bounds = displayBounds(field);
  const seriesFor = (id: string) => sweep.series.find((s) => s.ruleSet === id);
  const shown = ruleSets.filter((r) => seriesFor(r.id));
  return {
    type: 'line',
    data: {
      datasets: shown.map((ruleSet, index) => {
        const series = seriesFor(ruleSet.id)!;
        const cliffs = new Set(series.cliffs.map((c) => c.index));
        const color = palette.series[index % palette.series.length];
        return {
          label: ruleSetName(ruleSet, t),
          data: series.totals.map((total, i) => ({ x: x(sweep.values[i]), y: total / 1e6 })),
          borderColor: color,
          backgroundColor: color,
          borderWidth: 2,
          borderDash: DASHES[index % DASHES.length],
          pointRadius: series.totals.map((_, i) => (cliffs.has(i) ? 6 : 0)),
          pointStyle: 'triangle',
          stepped: false,
          tension: 0,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 200 } : false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      parsing: false,
      scales: {
        x: {
          type: 'linear',
          min: bounds.min,
          max: bounds.max,
          title: { display: true, text: t(`clinic.fields.${field.id}.label`) + ` (${t(`clinic.units.${field.unit}`)})`, color: palette.text },
          ticks: { color: palette.text },
          grid: { color: palette.grid },
        },
        y: {
          title: { display: true, text: t('charts.millionsPerYear'), color: palette.text },
          ticks: { color: palette.text },
          grid: { color: palette.grid },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: palette.text, boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${formatSekShort(Number((item.raw as { y: number }).y) * 1e6, language)}`,
          },
        },
        currentValue: { x: x(currentValue), color: palette.marker },
      },
    },
    plugins: [currentValuePlugin as Plugin<'line'>],
  };
}
