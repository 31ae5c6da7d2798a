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
import { sweepChartConfig } from './sweep-chart.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

export { Chart };
export { readPalette } from './palette.ts';

export function buildChartConfig(spec: ChartSpec, palette: ChartPalette): ChartConfiguration {
  return spec.kind === 'components'
    ? (componentChartConfig({ ...spec.input, palette }) as ChartConfiguration)
    : (sweepChartConfig({ ...spec.input, palette }) as ChartConfiguration);
}
