// chart.js with only the parts the two charts use, and the code that turns a
// chart's description into its configuration, in one chunk loaded when a
// chart first scrolls into view. Imported only through loadChart().

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

import type { ChartConfiguration } from 'chart.js';
import { componentChartConfig } from './component-chart.ts';
import type { ChartPalette } from './palette.ts';
import type { ChartSpec } from './spec.ts';
import { markerOnlyMove, placeMarker, sweepChartConfig } from './sweep-chart.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export { Chart };
export { readPalette } from './palette.ts';

/**
 * When a chart's next spec differs from its last only in where its marker is (the sweep chart's
 * current value), that position on the chart's scale; otherwise null (the chart needs a full update).
 */
export function markerMove(previous: ChartSpec, next: ChartSpec): number | null {
  return previous.kind === 'sweep' && next.kind === 'sweep' ? markerOnlyMove(previous.input, next.input) : null;
}

export { placeMarker };

export function buildChartConfig(spec: ChartSpec, palette: ChartPalette): ChartConfiguration {
  return spec.kind === 'components'
    ? (componentChartConfig({ ...spec.input, palette }) as ChartConfiguration)
    : (sweepChartConfig({ ...spec.input, palette }) as ChartConfiguration);
}
