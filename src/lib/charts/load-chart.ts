// chart.js and the chart configurations are loaded the first time a chart is
// shown, not with the page: the first view needs only numbers and text.

export type ChartModule = typeof import('./chart-setup.ts');

let loading: Promise<ChartModule> | undefined;

export function loadChart(): Promise<ChartModule> {
  // A chunk that failed (a deploy in between, a dropped connection) is fetched again next time.
  loading ??= import('./chart-setup.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
