// The code a journalist pastes: an iframe with a title, lazy loading, full
// width and a sensible starting height, and the one-line script that sizes
// it (public/embed.js). The link pins the rules it shows, so the published
// graphic does not change when a rule set is corrected later.

import type { Language } from '../format/numbers.ts';
import type { ThemeChoice } from '../state/theme.svelte.ts';
import { serializePageUrl, type PageState } from '../url/codec.ts';
import type { PanelId } from '../url/embed.ts';

/** Roughly how tall each panel is on a news site's column, for the iframe's first height. */
const PANEL_HEIGHTS: Record<PanelId, number> = {
  totals: 260,
  clinic: 1500,
  rules: 700,
  components: 480,
  change: 300,
  continuity: 700,
  years: 1900,
  region: 1300,
  sweep: 620,
  why: 700,
  changed: 500,
  sources: 450,
};
const FOOTER_HEIGHT = 60;

export function suggestedHeight(panels: readonly PanelId[]): number {
  return Math.min(3000, panels.reduce((sum, panel) => sum + PANEL_HEIGHTS[panel], FOOTER_HEIGHT));
}

export interface EmbedChoices {
  panels: PanelId[];
  language: Language;
  theme: ThemeChoice;
  /** Pin each shown rule set to its current content hash. */
  pin: boolean;
  /** plain=1 and transparent=1 (src/lib/url/embed.ts). */
  plain?: boolean;
  transparent?: boolean;
}

/** The embed's address: the current view, in embed mode, with the chosen panels, language, theme and pins. */
export function embedUrl(
  pageUrl: string,
  state: PageState,
  choices: EmbedChoices,
  hashes: Readonly<Record<string, string>>,
  pageLanguage: Language,
): string {
  const ids = [state.scenario.baseline, ...state.scenario.comparisons];
  const pins = choices.pin ? Object.fromEntries(ids.filter((id) => hashes[id]).map((id) => [id, hashes[id]])) : {};
  const embedState: PageState = {
    ...state,
    language: choices.language,
    theme: choices.theme,
    embed: { enabled: true, panels: choices.panels, pins, childId: null, plain: !!choices.plain, transparent: !!choices.transparent },
  };
  return `${pageUrl}${serializePageUrl(embedState, { defaultLanguage: pageLanguage, embed: true })}`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedCode(options: { src: string; scriptSrc: string; title: string; height: number }): string {
  return [
    `<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}" loading="lazy" width="100%" height="${Math.round(options.height)}" style="width:100%;border:0" data-vardpengen></iframe>`,
    `<script src="${escapeAttribute(options.scriptSrc)}" async></script>`,
  ].join('\n');
}
