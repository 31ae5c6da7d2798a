// What a chart shows, without the chart code: the page describes each chart
// with one of these, and the chart module (loaded with chart.js when a chart
// first scrolls into view) turns it into a chart.js configuration.

import type { ComponentChartInput } from './component-chart.ts';
import type { SweepChartInput } from './sweep-chart.ts';

export type ChartSpec =
  | { kind: 'components'; input: Omit<ComponentChartInput, 'palette'> }
  | { kind: 'sweep'; input: Omit<SweepChartInput, 'palette'> };
