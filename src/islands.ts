// The page's panels other than its header and totals, each prerendered and
// then taken over as an island of its own (src/lib/islands/). The build
// renders each into its placeholder in App's markup; the browser hydrates
// them one task at a time, the clinic's controls first.

import ChangeBreakdown from './components/ChangeBreakdown.svelte';
import ClinicControls from './components/ClinicControls.svelte';
import RuleSetPicker from './components/RuleSetPicker.svelte';
import ComponentChart from './components/ComponentChart.svelte';
import ContinuityPanel from './components/ContinuityPanel.svelte';
import SourcesPanel from './components/SourcesPanel.svelte';
import SweepChart from './components/SweepChart.svelte';
import WhatChanged from './components/WhatChanged.svelte';
import WhyPanel from './components/WhyPanel.svelte';

export const ISLANDS = {
  clinic: ClinicControls,
  rules: RuleSetPicker,
  components: ComponentChart,
  change: ChangeBreakdown,
  continuity: ContinuityPanel,
  sweep: SweepChart,
  why: WhyPanel,
  changed: WhatChanged,
  sources: SourcesPanel,
} as const;

export type IslandName = keyof typeof ISLANDS;

/** The islands in the details column, in order. */
export const DETAIL_ISLANDS: readonly IslandName[] = ['components', 'change', 'continuity', 'sweep', 'why', 'changed', 'sources'];
