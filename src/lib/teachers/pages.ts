// The teachers' page, prerendered in each language (src/teachers/, src/prerender/teachers.ts). Not in
// src/lib/url/pages.ts, whose module is part of the explainer's first view: the explainer links here
// only from its footer's deferred part (WorksheetFooter.svelte).

import type { Language } from '../format/numbers.ts';

export const TEACHER_PAGES: Readonly<Record<Language, string>> = { sv: 'larare/', en: 'en/teachers/' };
