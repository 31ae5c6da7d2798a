// The sweep chart: total pay as one input moves across its range, one line
// per chosen rule set, the current value marked by a vertical line and the
// cliffs (a component starting or stopping to apply) by triangles.

import type { Chart, ChartConfiguration, ChartType, Plugin } from 'chart.js';
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

/**
 * The marker's position where it has moved since the chart was last updated: moving only the marker
 * (a drag of the swept input) redraws the chart as it is, without chart.js working out every point
 * and option again (most of a drag step's cost on a phone).
 */
const movedMarkers = new WeakMap<Chart, number>();

/** Draws the current value as a dashed vertical line across the plot. */
export const currentValuePlugin: Plugin<'line', MarkerOptions> = {
  id: 'currentValue',
  afterDatasetsDraw(chart, _args, options) {
    const x = chart.scales.x.getPixelForValue(movedMarkers.get(chart as unknown as Chart) ?? options.x);
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

/**
 * Where the marker goes when the next input differs from the last only in the current value (on the
 * chart's scale), or null when anything else changed and the chart needs a full update.
 */
export function markerOnlyMove(previous: Omit<SweepChartInput, 'palette'>, next: Omit<SweepChartInput, 'palette'>): number | null {
  const keys = Object.keys(next) as (keyof typeof next)[];
  if (keys.length !== Object.keys(previous).length || keys.some((key) => key !== 'currentValue' && previous[key] !== next[key])) return null;
  return toDisplayNumber(FIELD_BY_ID[next.sweep.field], next.currentValue);
}

/** Moves the marker to a position on the chart's scale (null: where the chart's options put it); the caller redraws. */
export function placeMarker(chart: Chart, x: number | null): void {
  if (x === null) movedMarkers.delete(chart);
  else movedMarkers.set(chart, x);
}

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
