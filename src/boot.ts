// The page's only eager script, inlined into the page by the build (scripts/html-template.ts), so
// that the page asks for nothing but itself before its first paint. The prerendered page shows the
// default view: when the address asks for exactly that, it is already right, and the app (which takes
// it over and makes it interactive) is fetched once the page has been painted, not in competition
// with the first paint. When the address asks for anything else, the prerendered numbers would be
// wrong for it: they are hidden at once and the app starts straight away.
//
// It imports no code, so that inlined it needs no other file: the build names the app's modules in
// the page (#app-modules: its entry and every module the entry imports), and this script preloads
// them together and then imports the entry, as Vite's own preloading would.

import './styles/page.ts';

interface AppModules {
  entry: string;
  preload: string[];
}

/** The development server has no build to name the app's modules: it serves the entry's source. */
const DEVELOPMENT_ENTRY = '/src/main.ts';

function start(): void {
  const named = document.getElementById('app-modules')?.textContent;
  const modules: AppModules = named ? JSON.parse(named) : { entry: DEVELOPMENT_ENTRY, preload: [] };
  for (const href of modules.preload) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  // A variable, so that the bundler leaves the import to the browser.
  import(/* @vite-ignore */ modules.entry).catch(sayStartFailed);
}

/**
 * The app's code could not be loaded (a chunk gone after a deploy, a dropped connection): the page
 * says so, in its language, instead of showing controls that do nothing. Trying again reloads it;
 * the address holds the whole state. Plain DOM and the page's own words: the app's strings are what
 * is missing.
 */
function sayStartFailed(error: unknown): void {
  console.error(`the app could not be loaded: ${String(error)}`);
  const english = document.documentElement.lang === 'en';
  const notice = document.createElement('div');
  notice.className = 'load-failed';
  notice.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = english
    ? 'The page’s code could not be loaded, so its controls do not work.'
    : 'Sidans kod kunde inte laddas, så reglagen fungerar inte.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = english ? 'Try again' : 'Försök igen';
  button.addEventListener('click', () => location.reload());
  notice.append(text, button);
  document.body.prepend(notice);
}

/**
 * Runs once the browser reports the page's first contentful paint, which it does after the frame is
 * shown (a task queued from a frame callback can run before that). Lighthouse counts every request
 * that ends before the largest paint as holding it up, and on a phone it would compete with it.
 * Without paint timing: after the load event and a frame.
 */
function afterFirstPaint(run: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const afterFrame = () => requestAnimationFrame(() => setTimeout(run, 0));
    if (document.readyState === 'complete') afterFrame();
    else addEventListener('load', afterFrame, { once: true });
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    run();
  });
  observer.observe({ type: 'paint', buffered: true });
}

const app = document.getElementById('app');
// Nothing prerendered (a teacher's question page): nothing to paint first.
if (!app?.dataset.prerendered) start();
else if (location.search.length > 1) {
  app.dataset.pending = '';
  start();
} else afterFirstPaint(start);
