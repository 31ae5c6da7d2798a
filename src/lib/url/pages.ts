// The site's pages, relative to its root (Vite's base): the explainer in each
// language, prerendered with the default view, and a question page per
// language that is deliberately not prerendered, so that a "predict, then
// reveal" link never shows an answer before the student has chosen.

import type { Language } from '../format/numbers.ts';

export const EXPLAINER_PAGES: Readonly<Record<Language, string>> = { sv: '', en: 'en/' };
export const QUESTION_PAGES: Readonly<Record<Language, string>> = { sv: 'fraga/', en: 'en/question/' };
/** The guided story, prerendered in each language (src/story/, src/prerender/story.ts). */
export const STORY_PAGES: Readonly<Record<Language, string>> = { sv: 'steg-for-steg/', en: 'en/step-by-step/' };
