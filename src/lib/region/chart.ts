// The geometry of the whole region's two small charts, as plain numbers for
// an SVG in a fixed viewBox (no inline styles: the page's CSP allows none).
// The component draws; the tables beside them give the same figures.

import type { DatedFigure } from './data.ts';
import { fractionalYear, type PlanYear, type TargetGroup } from './region.ts';

export const CHART = { width: 480, height: 220, left: 44, right: 56, top: 12, bottom: 26 } as const;
const plotHeight = CHART.height - CHART.top - CHART.bottom;
const plotWidth = CHART.width - CHART.left - CHART.right;

/** The y of a share (0–1) in the plot. */
export const yOf = (share: number) => CHART.top + plotHeight * (1 - Math.max(0, Math.min(1, share)));

export interface Gridline {
  share: number;
  y: number;
}

export const GRIDLINES: readonly Gridline[] = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ share, y: yOf(share) }));

export interface Bar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
}

/** One bar per year of the plan (its share covered), the chosen year's marked, and a line at the chosen GPs' share. */
export function planChart(path: readonly PlanYear[], selectedYear: number, chosenShare: number) {
  const slot = plotWidth / path.length;
  const bars: Bar[] = path.map((p, i) => ({
    year: p.year,
    x: CHART.left + i * slot + slot * 0.15,
    y: yOf(p.shareCoveredAt1100),
    width: slot * 0.7,
    height: CHART.top + plotHeight - yOf(p.shareCoveredAt1100),
    selected: p.year === selectedYear,
  }));
  return { bars, marker: { y: yOf(chosenShare), x1: CHART.left, x2: CHART.width - CHART.right } };
}

/** The named-doctor shares as points on a line over the years, and each target as a level line. */
export function listingChart(shares: readonly DatedFigure[], targets: readonly TargetGroup[], firstYear: number, lastYear: number) {
  const xOf = (year: number) => CHART.left + (plotWidth * (year - firstYear)) / (lastYear - firstYear);
  const points = shares.map((s) => ({ date: s.date, x: xOf(fractionalYear(s.date)), y: yOf(s.value) }));
  const years: { year: number; x: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) years.push({ year, x: xOf(year) });
  return {
    points,
    line: points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' '),
    targets: targets.map((g) => ({ target: g.target, y: yOf(g.target), x1: CHART.left, x2: CHART.width - CHART.right })),
    years,
  };
}
