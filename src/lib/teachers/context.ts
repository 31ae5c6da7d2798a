// The link builder's context, made at build time from the explainer's own
// address writer's keys and defaults (src/lib/url/codec.ts, embed.ts,
// scenario.svelte.ts) and the presets; the page receives it as data.

import { PRESETS } from '../clinic/presets.ts';
import { DEFAULT_BASELINE, DEFAULT_COMPARISONS, MAX_COMPARISONS } from '../state/scenario.svelte.ts';
import { FIELD_URL_KEYS } from '../url/codec.ts';
import { PANELS } from '../url/embed.ts';
import type { LinkContext } from './link.ts';

export function linkContext(): LinkContext {
  return {
    fieldKeys: { ...FIELD_URL_KEYS },
    presets: Object.fromEntries(PRESETS.map((p) => [p.id, { ...p.clinic }])),
    defaultBaseline: DEFAULT_BASELINE,
    defaultComparisons: [...DEFAULT_COMPARISONS],
    maxComparisons: MAX_COMPARISONS,
    panels: [...PANELS],
  };
}
