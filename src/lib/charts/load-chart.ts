// chart.js and the chart configurations are loaded the first time a chart is
// shown, not with the page: the first view needs only numbers and text.

export type ChartModule = typeof import('./chart-setup.ts');

let loading: Promise<ChartModule> | undefined;

export function loadChart(): Promise<ChartModule> {
  loading ??= import('./chart-setup.ts');
  return loading;
}
