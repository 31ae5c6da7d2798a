// The page's panels other than its header, each prerendered and then taken
// over as an island of its own (src/lib/islands/). The build renders each
// into its placeholder in App's markup; the browser hydrates them one task at
// a time, the totals and the clinic's controls first. The lazy ones are
// fetched (code and strings) after the page's first view, then hydrated.

import ClinicControls from './components/ClinicControls.svelte';
import TotalsSummary from './components/TotalsSummary.svelte';
import RuleSetPicker from './components/RuleSetPicker.svelte';
import ComponentChart from './components/ComponentChart.svelte';
import SourcesPanel from './components/SourcesPanel.svelte';
import SweepChart from './components/SweepChart.svelte';
import type { LazyPanel } from './lib/islands/island.ts';
import { loadRuleTexts } from './lib/rules/bundled.ts';
import type { AppState } from './lib/state/app.svelte.ts';

/** A panel that shows the rule files' prose: its code and that prose load together. */
const withRuleTexts = <T>(load: () => Promise<T>) => async () => (await Promise.all([load(), loadRuleTexts()]))[0];

export const ISLANDS = {
  // The totals: an island of their own, so that taking over the page's top is two short tasks, not one long.
  totals: TotalsSummary,
  clinic: ClinicControls,
  rules: RuleSetPicker,
  components: ComponentChart,
  sweep: SweepChart,
  sources: SourcesPanel,
} as const;

/** Panels whose code and strings ("region": the whole region, and what it would take; "years": year by year) load after the first view. */
export const LAZY_ISLANDS = {
  continuity: { load: () => import('./components/ContinuityPanel.svelte'), namespaces: ['region'] },
  // "Year by year" shows the rule files' quotes, and works out its totals and their ranges before it is taken over.
  years: {
    load: async (app: AppState) => {
      const [panel] = await Promise.all([import('./components/YearsPanel.svelte'), loadRuleTexts()]);
      await panel.prepare(app);
      return panel;
    },
    namespaces: ['years'],
  },
  region: { load: () => import('./components/RegionPanel.svelte'), namespaces: ['region'] },
  // Where the difference comes from, with its range's ranking: below the first screen, and its code need not be in the first view.
  change: { load: () => import('./components/ChangeBreakdown.svelte'), namespaces: [] },
  why: { load: withRuleTexts(() => import('./components/WhyPanel.svelte')), namespaces: ['rulesets'] },
  changed: { load: withRuleTexts(() => import('./components/WhatChanged.svelte')), namespaces: [] },
} as const satisfies Record<string, LazyPanel>;

export type IslandName = keyof typeof ISLANDS | keyof typeof LAZY_ISLANDS;

/** An island's component, or the loader of a lazy one. */
export function islandPanel(name: IslandName) {
  return name in LAZY_ISLANDS ? LAZY_ISLANDS[name as keyof typeof LAZY_ISLANDS] : ISLANDS[name as keyof typeof ISLANDS];
}

/** The islands in the details column, in order. */
export const DETAIL_ISLANDS: readonly IslandName[] = ['components', 'change', 'continuity', 'years', 'region', 'sweep', 'why', 'changed', 'sources'];
