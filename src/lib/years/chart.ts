// The geometry of "Year by year"'s chart, as plain numbers for an SVG in a
// fixed viewBox (no inline styles: the page's CSP allows none): the clinic's
// total under each year's rules as a line, each proposal as a marked point at
// its date, and each value's range as a whisker. The component draws; the
// table beside it gives the same figures.

import type { Frame } from '../charts/frame.ts';

/** Narrow enough that its text stays readable when a phone scales it down. */
export const YEARS_FRAME: Frame = { width: 400, height: 250, left: 40, right: 20, top: 12, bottom: 26 };

/** Where a date falls, in years: "2024-04-17" is 2024.29; a bare year ("2022") is placed in its middle, its day unknown. */
export function dateToYear(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  if (day === undefined) return year + (month - 0.5) / 12;
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/** Round tick values (1, 2, 2.5 or 5 times a power of ten apart) covering low to high, about `count` steps. */
export function niceTicks(low: number, high: number, count = 4): number[] {
  if (!(high > low)) {
    const pad = Math.abs(low) * 0.1 || 1;
    [low, high] = [low - pad, high + pad];
  }
  const raw = (high - low) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * (1 - 1e-9))!;
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** One value to draw: a rule set's total at its date, with its range once it is known. */
export interface PayPoint {
  id: string;
  date: string;
  total: number;
  range?: { low: number; high: number } | null;
}

export interface ChartPoint {
  id: string;
  x: number;
  y: number;
  /** The range's ends, where the value has one. */
  whisker: { y1: number; y2: number } | null;
}

export interface PayChart {
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** The years' totals joined, oldest first. */
  line: string;
  years: ChartPoint[];
  proposals: ChartPoint[];
}

export function payChart(years: readonly PayPoint[], proposals: readonly PayPoint[], frame: Frame = YEARS_FRAME): PayChart {
  const all = [...years, ...proposals];
  const values = all.flatMap((p) => [p.total, ...(p.range ? [p.range.low, p.range.high] : [])]);
  const yTickValues = niceTicks(Math.min(...values), Math.max(...values));
  const [bottom, top] = [yTickValues[0], yTickValues[yTickValues.length - 1]];
  const firstYear = Math.floor(Math.min(...years.map((p) => dateToYear(p.date))));
  const lastYear = Math.max(firstYear + 1, Math.ceil(Math.max(...all.map((p) => dateToYear(p.date)))));
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const xOf = (year: number) => frame.left + (plotWidth * (year - firstYear)) / (lastYear - firstYear);
  const yOf = (value: number) => frame.top + (plotHeight * (top - value)) / (top - bottom);
  const point = (p: PayPoint): ChartPoint => ({
    id: p.id,
    x: xOf(dateToYear(p.date)),
    y: yOf(p.total),
    whisker: p.range && p.range.high - p.range.low >= 1 ? { y1: yOf(p.range.high), y2: yOf(p.range.low) } : null,
  });
  const yearPoints = years.map(point);
  const xTicks: PayChart['xTicks'] = [];
  for (let year = firstYear; year <= lastYear; year++) xTicks.push({ year, x: xOf(year) });
  return {
    xTicks,
    yTicks: yTickValues.map((value) => ({ value, y: yOf(value) })),
    line: yearPoints.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' '),
    years: yearPoints,
    proposals: proposals.map(point),
  };
}

export type MarkerShape = 'diamond' | 'square' | 'triangle';
const SHAPES: readonly MarkerShape[] = ['diamond', 'square', 'triangle'];

export interface ProposalMarker {
  shape: MarkerShape;
  /** Colour series (1–3): one per proposal file, its variants sharing it. */
  series: number;
  /** A variant is drawn hollow and a little larger, so that it shows around its proposal's mark when they coincide. */
  hollow: boolean;
}

/** Shape and colour by proposal file (so colour is never the only difference), hollow for a variant. */
export function proposalMarkers(proposals: readonly { fileId: string; variant?: string }[]): ProposalMarker[] {
  const files = [...new Set(proposals.map((p) => p.fileId))];
  return proposals.map((p) => {
    const index = files.indexOf(p.fileId);
    return { shape: SHAPES[index % SHAPES.length], series: (index % 3) + 1, hollow: !!p.variant };
  });
}

/** An SVG path for a marker of the given shape, centred on (x, y), about 2r across. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (n: number) => n.toFixed(1);
  switch (shape) {
    case 'diamond':
      return `M${f(x)} ${f(y - r)} L${f(x + r)} ${f(y)} L${f(x)} ${f(y + r)} L${f(x - r)} ${f(y)} Z`;
    case 'square': {
      const s = r * 0.8;
      return `M${f(x - s)} ${f(y - s)} H${f(x + s)} V${f(y + s)} H${f(x - s)} Z`;
    }
    case 'triangle':
      return `M${f(x)} ${f(y - r)} L${f(x + r)} ${f(y + r * 0.75)} L${f(x - r)} ${f(y + r * 0.75)} Z`;
  }
}
