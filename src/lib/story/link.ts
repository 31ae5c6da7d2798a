// The story's last chapter opens the full explainer with the story's
// scenario: the reader's clinic under the story's rules, compared with the
// proposal it told about. The address is the explainer's own
// (serializePageUrl), so the explainer reads it like any shared link.

import type { Clinic } from '../clinic/fields.ts';
import type { Language } from '../format/numbers.ts';
import { DEFAULT_SWEEP_FIELD } from '../state/scenario.svelte.ts';
import { defaultPageState, serializePageUrl, type PageState } from '../url/codec.ts';
import { EXPLAINER_PAGES } from '../url/pages.ts';
import { STORY_RULES } from './figures.ts';

/** The explainer's page state for the story's scenario. */
export function storyPageState(clinic: Clinic, language: Language): PageState {
  return defaultPageState(language, { clinic: { ...clinic }, baseline: STORY_RULES.now, comparisons: [STORY_RULES.proposal], sweepField: DEFAULT_SWEEP_FIELD });
}

/** The explainer's page in the story's language, with the scenario in its query ("" for the default view). */
export function explainerHref(clinic: Clinic, language: Language, base = '/'): string {
  return `${base}${EXPLAINER_PAGES[language]}${serializePageUrl(storyPageState(clinic, language), { defaultLanguage: language, embed: false })}`;
}
