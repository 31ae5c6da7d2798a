// The story's browser entry: load the page language's strings, compute every
// chapter's figures with the same core as the prerenderer, and hydrate the
// prerendered markup (mount afresh when there is none, as in development).
// Then the predictions can be answered and the sliders recompute.

// The story's stylesheet brings global.css with it (see its head).
import '../styles/story.css';
import { hydrate, mount } from 'svelte';
import Story from './Story.svelte';
import { DecisionSeeds } from '../lib/engine/seeds.ts';
import { warmFormatters, type Language } from '../lib/format/numbers.ts';
import { loadBundle } from '../lib/i18n/bundles.ts';
import { Strings } from '../lib/i18n/strings.ts';
import { bundledCatalog } from '../lib/rules/bundled.ts';
import { nextTask } from '../lib/state/latest-run.ts';
import { StoryState, storyContext } from '../lib/state/story.svelte.ts';
import { STORY_NAMESPACES } from '../lib/story/namespaces.ts';

const target = document.getElementById('app')!;
const language: Language = document.documentElement.lang === 'en' ? 'en' : 'sv';
const bundle = await loadBundle(language, STORY_NAMESPACES);
const story = new StoryState({ catalog: bundledCatalog(), language, t: new Strings(language, bundle).t, base: import.meta.env.BASE_URL });
// json-rules-engine's verdicts for the prerendered figures: the first ones then need none of its code,
// which loads when a reader's input asks for a verdict not known (src/lib/engine/evaluator.ts, seeds.ts).
const prerenderedDecisions = document.getElementById('prerendered-decisions')?.textContent;
if (prerenderedDecisions) story.core.evaluator.seed(new DecisionSeeds(JSON.parse(prerenderedDecisions)));
await story.start();
await warmFormatters(language, nextTask);
if (target.dataset.prerendered === language) hydrate(Story, { target, context: storyContext(story) });
else {
  target.replaceChildren();
  mount(Story, { target, context: storyContext(story) });
}
story.interactive = true;
// Interactive from here on; scripts and tests that drive the page wait for this.
document.documentElement.dataset.ready = 'true';
// The engine's code, once the browser is idle, so that the first input need not wait for it.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => story.core.evaluator.preload(), { timeout: 5000 });
else setTimeout(() => story.core.evaluator.preload(), 1000);
