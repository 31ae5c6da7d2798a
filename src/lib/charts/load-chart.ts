// chart.js is loaded the first time a chart is shown, not with the page:
// the first view needs only numbers and text.

import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

export function loadChart(): Promise<typeof Chart> {
  loading ??= import('./chart-setup.ts').then((module) => module.Chart);
  return loading;
}
