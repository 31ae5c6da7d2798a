// Build-time rendering of the guided story, one page per language, with the
// same core and the same first figures as the browser computes before it
// hydrates. The two predictions' answers go only into <noscript> (for a
// reader without JavaScript); a page with scripts shows them once asked.

import { render } from 'svelte/server';
import Story from '../story/Story.svelte';
import type { Language } from '../lib/format/numbers.ts';
import { DecisionRecorder } from '../lib/engine/seeds.ts';
import { loadBundle } from '../lib/i18n/bundles.ts';
import { createI18n, translator } from '../lib/i18n/create.ts';
import { bundledCatalog } from '../lib/rules/bundled.ts';
import { StoryState, storyContext } from '../lib/state/story.svelte.ts';
import { STORY_NAMESPACES } from '../lib/story/namespaces.ts';
import type { PrerenderedPage } from './render.ts';

export async function renderStoryPage(language: Language): Promise<PrerenderedPage> {
  const t = translator(createI18n(language, await loadBundle(language, STORY_NAMESPACES)));
  const story = new StoryState({ catalog: bundledCatalog(), language, t, base: import.meta.env.BASE_URL });
  // json-rules-engine's verdicts for the figures the page shows, for the browser to start from (as the explainer's, render.ts).
  const recorder = new DecisionRecorder();
  story.core.evaluator.record(recorder);
  await story.start({ noscript: true });
  return {
    html: render(Story, { context: storyContext(story) }).body,
    title: t('story:documentTitle'),
    description: t('story:description'),
    decisions: recorder.seeds(),
  };
}
