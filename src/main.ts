// The browser entry: read the address, load the active language's strings,
// evaluate, and start the app: hydrating the prerendered markup when the
// address asks for exactly the view that was prerendered, mounting afresh
// otherwise. Everything it needs comes from the address and the page's own
// language (<html lang>), never from a host page.

import { flushSync, hydrate, mount } from 'svelte';
import App from './App.svelte';
import { warmFormatters, type Language } from './lib/format/numbers.ts';
import { DecisionSeeds } from './lib/engine/seeds.ts';
import { CORE_NAMESPACES, loadBundle } from './lib/i18n/bundles.ts';
import { bundledCatalog } from './lib/rules/bundled.ts';
import { AppState, appContext } from './lib/state/app.svelte.ts';
import { nextTask } from './lib/state/latest-run.ts';
import { parsePageUrl, serializePageUrl } from './lib/url/codec.ts';
import { CLASSROOM_FLAGS } from './lib/url/embed.ts';

const target = document.getElementById('app')!;
const pageLanguage: Language = document.documentElement.lang === 'en' ? 'en' : 'sv';
// Loading the rule sets gets a task of its own: after the browser has evaluated the app's modules in
// one task, the two together were a long task on a phone (about 20 ms at 1× CPU on this machine, 4×
// that on Lighthouse's phone).
await nextTask();
const current = bundledCatalog();
const { state, missingRuleSets } = parsePageUrl(location.search, {
  isKnownRuleSet: (id) => current.get(id) !== undefined,
  defaultLanguage: pageLanguage,
});
// A teacher's question hides every result until the student answers: the prerendered default view
// (which shows results) goes at once, not after the evaluation below.
// So does every other copy of the default view's numbers: the social card's description in the head,
// and the ranges the prerendered view shows.
if (state.predict) {
  target.replaceChildren();
  document.querySelectorAll('meta[property="og:image:alt"], #prerendered-ranges, #prerendered-decisions').forEach((element) => element.remove());
}
// A teacher's link: projector=1 enlarges and sharpens the page (src/styles/global.css), lock=1 makes the inputs read-only.
for (const flag of CLASSROOM_FLAGS) document.documentElement.toggleAttribute(`data-${flag}`, !!state.embed[flag]);
// Only an embed published with pinned rules needs the archive's code.
const { catalog, outcomes } = Object.keys(state.embed.pins).length
  ? await (await import('./lib/rules/archive.ts')).applyPins(current, state.embed.pins, async (file) => {
      const response = await fetch(`${import.meta.env.BASE_URL}rules/archive/${file}`);
      if (!response.ok) throw new Error(`${response.status} ${file}`);
      return response.json();
    })
  : { catalog: current, outcomes: [] };

const app = new AppState({
  catalog,
  language: state.language,
  bundle: await loadBundle(state.language, [
    ...CORE_NAMESPACES,
    ...(state.embed.enabled ? ['embed'] : []),
    ...(state.predict ? ['predict'] : []),
    // A locked view says so in the classroom's words.
    ...(state.embed.lock ? ['classroom'] : []),
  ]),
  loadBundle,
  scenario: state.scenario,
  view: state.view,
  region: state.region,
  theme: state.theme,
  embed: state.embed,
  predict: state.predict,
  missingRuleSets,
  pinOutcomes: outcomes,
  pageLanguage,
  pagePath: location.pathname,
});
// json-rules-engine's verdicts for the prerendered view: evaluating it then needs none of the engine's
// code, which loads when a verdict is not known (src/lib/engine/evaluator.ts). Each is used only for the
// rule set and facts it was made for (seeds.ts), so any view the address asks for may start from them.
const prerenderedDecisions = document.getElementById('prerendered-decisions')?.textContent;
if (prerenderedDecisions) app.evaluator.seed(new DecisionSeeds(JSON.parse(prerenderedDecisions)));
await app.evaluateNow();
const prerenderedRanges = document.getElementById('prerendered-ranges')?.textContent;
if (prerenderedRanges) app.ranges.seed(JSON.parse(prerenderedRanges), app.scenario.snapshot());
// Taking over the page is one long task; the work before it gets tasks of its own, with room for the
// browser to paint and handle input in between.
await nextTask();
await warmFormatters(app.language.current, nextTask);

const isPrerenderedView =
  target.dataset.prerendered === pageLanguage && serializePageUrl(app.pageState(), { defaultLanguage: pageLanguage, embed: true }) === '';
if (isPrerenderedView) hydrate(App, { target, context: appContext(app) });
else {
  target.replaceChildren();
  mount(App, { target, context: appContext(app) });
}
// Svelte runs effects (each island's action among them) after mount and hydrate return: run them now, so
// that every island has joined the queue before the page waits for them to be taken over.
flushSync();
delete target.dataset.pending;
await app.islands.settled();
// Interactive from here on; scripts and tests that drive the page wait for this.
document.documentElement.dataset.ready = 'true';
// The engine's code, once the browser is idle, so that the first change of an input need not wait for it.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => app.evaluator.preload(), { timeout: 5000 });
else setTimeout(() => app.evaluator.preload(), 1000);
// Offline: the service worker, registered once the page is ready (src/lib/offline/register.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator) void import('./lib/offline/register.ts').then((m) => m.registerServiceWorker(app));
