// The geometry of the whole region's two small charts, as plain numbers for
// an SVG in a fixed viewBox (no inline styles: the page's CSP allows none).
// The component draws; the tables beside them give the same figures.

import type { DatedFigure } from './data.ts';
import type { Frame } from '../charts/frame.ts';
import { fractionalYear, type PlanYear, type TargetGroup } from './region.ts';

/** The plan's bars; the listing chart is taller, so that targets 5 points apart keep their labels apart. */
export const PLAN_FRAME: Frame = { width: 480, height: 220, left: 44, right: 56, top: 12, bottom: 26 };
export const LISTING_FRAME: Frame = { ...PLAN_FRAME, height: 340 };

/** The y of a share (0–1) in a frame's plot. */
export function yOf(share: number, frame: Frame = PLAN_FRAME): number {
  const plotHeight = frame.height - frame.top - frame.bottom;
  return frame.top + plotHeight * (1 - Math.max(0, Math.min(1, share)));
}

export interface Gridline {
  share: number;
  y: number;
}

export function gridlines(frame: Frame): Gridline[] {
  return [0, 0.25, 0.5, 0.75, 1].map((share) => ({ share, y: yOf(share, frame) }));
}

export interface Bar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  selected: boolean;
}

/** One bar per year of the plan (its share covered), the chosen year's marked, and a line at the chosen GPs' share. */
export function planChart(path: readonly PlanYear[], selectedYear: number, chosenShare: number, frame: Frame = PLAN_FRAME) {
  const slot = (frame.width - frame.left - frame.right) / path.length;
  const base = yOf(0, frame);
  const bars: Bar[] = path.map((p, i) => ({
    year: p.year,
    x: frame.left + i * slot + slot * 0.15,
    y: yOf(p.shareCoveredAt1100, frame),
    width: slot * 0.7,
    height: base - yOf(p.shareCoveredAt1100, frame),
    selected: p.year === selectedYear,
  }));
  return { bars, marker: { y: yOf(chosenShare, frame), x1: frame.left, x2: frame.width - frame.right } };
}

/** The named-doctor shares as points on a line over the years, and each target as a level line. */
export function listingChart(
  shares: readonly DatedFigure[],
  targets: readonly TargetGroup[],
  firstYear: number,
  lastYear: number,
  frame: Frame = LISTING_FRAME,
) {
  const xOf = (year: number) => frame.left + ((frame.width - frame.left - frame.right) * (year - firstYear)) / (lastYear - firstYear);
  const points = shares.map((s) => ({ date: s.date, x: xOf(fractionalYear(s.date)), y: yOf(s.value, frame) }));
  const years: { year: number; x: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) years.push({ year, x: xOf(year) });
  return {
    points,
    line: points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' '),
    targets: targets.map((g) => ({ target: g.target, y: yOf(g.target, frame), x1: frame.left, x2: frame.width - frame.right })),
    years,
  };
}
