// The frame of a small SVG chart drawn in a fixed viewBox (the whole region's
// charts, "Year by year"): its size and the margins around the plot, in
// viewBox units. Plain numbers; no chart.js.

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
