// The views the build publishes for newsrooms: the default view and each
// named example clinic (src/lib/clinic/presets.ts) under the default
// comparison, in each language. For each one the build writes an oEmbed
// document (oembed/<language>/<view>.json) and a social card
// (cards/<language>/<view>.png). Build-time only: nothing here is shipped.

import type { Clinic } from '../clinic/fields.ts';
import { PRESETS } from '../clinic/presets.ts';
import type { Language } from '../format/numbers.ts';
import { defaultScenario } from '../state/scenario.svelte.ts';
import { defaultPageState, type PageState } from '../url/codec.ts';

export interface NewsroomView {
  /** In file names: "default", "inner-city", … */
  id: string;
  /** The preset's id (its strings are under clinic.presets.<presetId>). */
  presetId: string;
  clinic: Clinic;
  /** An invented clinic, said so wherever it is shown. */
  illustrative: boolean;
}

const kebab = (id: string) => id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The typical clinic is the default view; every other preset is a view of its own. */
export const NEWSROOM_VIEWS: readonly NewsroomView[] = PRESETS.map((preset) => ({
  id: preset.id === 'typical' ? 'default' : kebab(preset.id),
  presetId: preset.id,
  clinic: preset.clinic,
  illustrative: preset.illustrative,
}));

/** The page state of a view: the default view with the view's clinic, in a language. */
export function viewState(view: NewsroomView, language: Language): PageState {
  return defaultPageState(language, { ...defaultScenario(), clinic: { ...view.clinic } });
}

export const oembedPath = (language: Language, view: NewsroomView) => `oembed/${language}/${view.id}.json`;
export const cardPath = (language: Language, view: NewsroomView) => `cards/${language}/${view.id}.png`;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Where the site's links start: the public address from the build's SITE_URL (absolute, as a CMS or
 * a social network needs them), or without it the site's base path ("/": links relative to whatever
 * host serves the site, which only a page on that same host can follow). SITE_URL's path must be the
 * base the site is built for.
 */
export function siteRoot(siteUrl: string | undefined, base: string): { root: string; absolute: boolean } {
  const basePath = base.endsWith('/') ? base : `${base}/`;
  if (!siteUrl?.trim()) return { root: basePath, absolute: false };
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    throw new Error(`SITE_URL is not an address: ${JSON.stringify(siteUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not ${url.protocol}`);
  if (url.search || url.hash) throw new Error('SITE_URL must have no query or fragment');
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (path !== basePath) throw new Error(`SITE_URL's path (${path}) must be the path the site is built for (Vite's base, ${basePath})`);
  return { root: `${url.origin}${path}`, absolute: true };
}
