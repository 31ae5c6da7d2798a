// The geometry of the story's tiny bar charts, in a 100-unit-wide viewBox (an
// SVG attribute, not an inline style: the page's CSP allows none). Bars of
// one chart share a scale: up to the largest value (or outline), or up to a
// given maximum (1 for shares); with a negative value the chart diverges from
// a zero line in the middle.

export interface BarGeometry {
  x: number;
  width: number;
  negative: boolean;
  /** The outline's width (what the bar could be), when the row has one. */
  outline: number | null;
}

export interface BarScale {
  /** Where zero is: 0, or 50 when a value is negative. */
  zero: number;
  bars: BarGeometry[];
}

/** The least width a bar other than zero gets, so that a tiny amount is still seen to be there. */
export const MIN_VISIBLE = 0.5;

export function barScale(values: readonly number[], options: { max?: number; outlines?: readonly (number | undefined)[] } = {}): BarScale {
  const diverging = values.some((v) => v < 0);
  const zero = diverging ? 50 : 0;
  const span = 100 - zero;
  const outlines = options.outlines ?? [];
  const largest = options.max ?? Math.max(0, ...values.map(Math.abs), ...outlines.map((o) => Math.abs(o ?? 0)));
  const widthOf = (value: number) => {
    if (largest <= 0 || value === 0) return 0;
    return Math.max(MIN_VISIBLE, Math.min(span, (Math.abs(value) / largest) * span));
  };
  const bars = values.map((value, index) => {
    const width = widthOf(value);
    const outline = outlines[index];
    return { x: value < 0 ? zero - width : zero, width, negative: value < 0, outline: outline === undefined ? null : widthOf(outline) };
  });
  return { zero, bars };
}
