// How each of the region's computed figures follows from the sourced ones
// (src/lib/region/data.ts). A module of its own: the formulas are shown in the
// region panel and the command line only, and a page that shows a sourced
// figure (the guided story) need not carry them.

import type { Bilingual, DerivedProvenance } from '../rules/types.ts';

/** How each computed figure follows from the sourced ones. */
export const DERIVED = {
  residentsPerGp: { kind: 'derived', formula: 'residents ÷ GPs' },
  shareCoveredAt1100: { kind: 'derived', formula: 'min(1, GPs × 1 100 ÷ residents)' },
  gpsNeededFor1100: { kind: 'derived', formula: 'residents ÷ 1 100' },
  planPath: {
    kind: 'derived',
    formula: '1 240 + (2 200 − 1 240) × (year − 2024) ÷ (2034 − 2024)',
    note: {
      en: 'A straight line: the plan gives only its two ends, 1 240 GPs in 2024 and 2 200 by 2034.',
      sv: 'En rak linje: planen anger bara sina två ändpunkter, 1 240 allmänläkare 2024 och 2 200 till 2034.',
    },
  },
  residentsHeldConstant: {
    kind: 'derived',
    formula: 'residents in a later year = residents on 31 Dec 2024',
    note: {
      en: 'Held constant after the last count: no sourced population projection is used.',
      sv: 'Oförändrat efter den senaste räkningen: ingen källbelagd befolkningsprognos används.',
    },
  },
} as const satisfies Record<string, DerivedProvenance & { note?: Bilingual }>;
