// npm run size: the built site's byte budgets (issue "Fast, small and robust").
// Reads OUT_DIR (default dist) and its Vite manifest, gzips with zlib level 9,
// prints each figure against its budget and exits 1 when one is exceeded.
//
//   first view, per page   the page's entry chunk with everything it imports
//                          statically, plus the page language's locale chunks
//                          (main.ts awaits them before mounting), plus any
//                          inline script in the HTML; for the explainer, whose
//                          inlined boot script names the app's modules in the
//                          page (#app-modules), the app's entry and every
//                          chunk it imports statically               ≤ 70 kB
//                          (the explainer's two pages, the guided story's two
//                          and the teachers' two, each with the namespaces its
//                          entry awaits; was 90, tightened to the figures of
//                          issue "Interactive at once on a phone…": 68.2 kB
//                          with i18next and json-rules-engine loaded only when
//                          needed)
//   all JavaScript         every .js file in the build except /embed.js
//                          (the host-page script has its own budget) ≤ 282 kB
//                          (+2 with that issue, 2.0 kB measured: json-rules-
//                          engine in a chunk of its own compresses 1.5 kB worse
//                          than inside the shared one, and the plain-template
//                          translator that stands in for i18next, 0.6 kB;
//                          i18next itself stays, behind a dynamic import, for
//                          strings that need more than a lookup;
//                          was 180: the rule sets grew from 8 to 12 with their
//                          ranges and reasons, 12.5 kB of prose in a chunk that
//                          only "Why" and "What changed" load; the region
//                          panel, 8 kB; the sweep worker, 22 kB, which holds
//                          its own copy of the engine and the rules' figures
//                          so the sweep runs off the main thread; none of it
//                          is in the first view; then +18 for the guided
//                          story, 17.7 kB measured: its entry chunk and the
//                          chunks a second page entry splits out, 11.1 kB,
//                          and its strings in two languages, 6.7 kB; then +8
//                          for "Year by year", 8.0 kB measured: its panel with
//                          its state, chart and history, 6.1 kB, its share of
//                          the page's preload map, and its strings in two
//                          languages, 1.6 kB; it is a lazy island, and adds
//                          0.3 kB of wiring to the first view; then +4 for
//                          offline, 3.2 kB measured: the service worker
//                          /sw.js with its precache list, 2.3 kB, the lazy
//                          module that registers it and says "updated",
//                          0.5 kB, its strings in two languages, and 0.2 kB
//                          of first view: the footer's "Regler per …" and
//                          the registration's import; then +10 for the
//                          teachers' page, 9.3 kB measured: its entry with
//                          the QR encoder (qrcode-generator), 8.9 kB, and the
//                          explainer's lock and projector flags and footer
//                          link, 0.4 kB, of which 0.2 kB in its first view;
//                          its strings are build-time only)
//   all CSS                every .css file in the build              ≤ 17 kB
//                          (was 15: +5 for the teachers' page, 5.0 kB
//                          measured: its stylesheet, 4.8 kB, which inlines its
//                          own copy of global.css as the story's does, and the
//                          projector and lock rules in global.css; then
//                          tightened to 17, the measured 16.5 kB)
//   /embed.js              public/embed.js as copied to the site root < 1 kB
//
// kB are 1000 bytes, as Vite prints them. Also checked: chart.js and
// json-rules-engine are reachable only through dynamic imports, and no first
// view carries the other language's strings.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  firstViewChunks,
  htmlLanguage,
  keysForFiles,
  localeKeys,
  localeLanguages,
  onlyDynamicallyReachable,
  scriptsOfHtml,
  type Manifest,
} from './size-budget.ts';
import { STORY_NAMESPACES } from '../src/lib/story/namespaces.ts';
import { STORY_PAGES } from '../src/lib/url/pages.ts';
import { TEACHER_PAGES } from '../src/lib/teachers/pages.ts';

const OUT_DIR = resolve(process.env.OUT_DIR ?? 'dist');
const KB = 1000;
const BUDGET = { firstView: 70 * KB, allJs: 282 * KB, allCss: 17 * KB, embed: 1 * KB };
/** The chunk that holds chart.js, by its source file, and strings only chart.js's code contains. */
const CHART_SOURCE = 'src/lib/charts/chart-setup.ts';
const CHART_MARKERS = ['date adapter is provided', '$chartjs'];
/**
 * The module that holds json-rules-engine (and its shims), and strings only their code contains: the
 * page loads it when a verdict is not already known (src/lib/engine/evaluator.ts), never in a first view.
 */
const ENGINE_SOURCE = 'src/lib/engine/decide.ts';
const ENGINE_MARKERS = ['allowUndefinedFacts', 'UNDEFINED_FACT', 'do not use "path"'];
let ruleTexts: string[] | undefined; // see ruleFileTexts()

interface Row {
  figure: string;
  bytes: number;
  budget: number;
  /** true: the budget is a strict upper bound (<), false: ≤. */
  strict?: boolean;
}

const rows: Row[] = [];
const failures: string[] = [];
const notes: string[] = [];

if (!existsSync(join(OUT_DIR, 'index.html'))) fail(`no build in ${OUT_DIR}: run \`npm run build\` first (OUT_DIR=${process.env.OUT_DIR ?? 'dist'})`, true);
const manifestPath = join(OUT_DIR, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) fail(`no Vite manifest at ${manifestPath}: the build needs build.manifest: true`, true);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;

const gzipCache = new Map<string, number>();
const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
function gzipFile(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) gzipCache.set(file, (size = gzipSize(readFileSync(join(OUT_DIR, file)))));
  return size;
}

// ---- first view, per page ------------------------------------------------------------

interface Page {
  label: string;
  html: string | undefined;
  /** Where the page is served, for resolving relative script addresses. */
  path: string;
  language: string;
  /** The module its script loads once the document has loaded, if any (the explainer's src/main.ts). */
  appEntry?: string;
  /** The namespaces it loads before its first view (default: the explainer's core ones). */
  namespaces?: readonly string[];
}

const languages = localeLanguages(manifest);
const pages: Page[] = [];
const svHtml = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
pages.push({ label: 'Swedish (/)', html: svHtml, path: '/', language: htmlLanguage(svHtml) ?? 'sv' });
const enFile = join(OUT_DIR, 'en', 'index.html');
if (existsSync(enFile)) {
  const enHtml = readFileSync(enFile, 'utf8');
  pages.push({ label: 'English (/en/)', html: enHtml, path: '/en/', language: htmlLanguage(enHtml) ?? 'en' });
} else {
  // No page of its own: English is the same page with the English strings (/?lang=en, or the switch).
  pages.push({ label: 'English (/ with en strings)', html: svHtml, path: '/', language: 'en' });
}

/** The app's module, which the page's inlined boot script loads once the page has been painted (it names it in #app-modules too). */
const APP_ENTRY = 'src/main.ts';
for (const page of pages) page.appEntry = APP_ENTRY;
// The guided story: its own entry (src/story/main.ts, awaiting its own namespaces), one page per language.
for (const [language, path] of Object.entries(STORY_PAGES)) {
  const file = join(OUT_DIR, path, 'index.html');
  if (!existsSync(file)) failures.push(`no story page at ${path}index.html`);
  else pages.push({ label: `story (/${path})`, html: readFileSync(file, 'utf8'), path: `/${path}`, language, namespaces: STORY_NAMESPACES });
}
// The teachers' page: its own entry (src/teachers/main.ts), which loads no strings (the build puts the builder's in the page).
for (const [language, path] of Object.entries(TEACHER_PAGES)) {
  const file = join(OUT_DIR, path, 'index.html');
  if (!existsSync(file)) failures.push(`no teachers' page at ${path}index.html`);
  else pages.push({ label: `teachers (/${path})`, html: readFileSync(file, 'utf8'), path: `/${path}`, language, namespaces: [] });
}

const firstViewLists: string[] = [];
for (const page of pages) {
  const { sources, preloads, inline } = scriptsOfHtml(page.html ?? '');
  const files = [...sources, ...preloads].map((src) => new URL(src, `http://site${page.path}`).pathname.replace(/^\//, ''));
  const entryKeys = keysForFiles(manifest, files);
  const unmapped = files.filter((file) => !Object.values(manifest).some((chunk) => chunk.file === file));
  if (entryKeys.length === 0) failures.push(`${page.label}: the page loads no chunk of the manifest (scripts: ${files.join(', ') || 'none'})`);
  if (localeKeys(manifest, page.language).length === 0) failures.push(`${page.label}: no locale chunks for "${page.language}" in the manifest`);

  // The page's script (src/boot.ts) loads the app (src/main.ts) as soon as the page has been painted:
  // both are needed before the page can be used, so both count as the first view.
  const appEntry = page.appEntry && manifest[page.appEntry] ? [page.appEntry] : [];
  const keys = firstViewChunks(manifest, [...entryKeys, ...appEntry], page.language, page.namespaces);
  const chunkFiles = [...new Set(keys.map((key) => manifest[key].file))];
  const extraFiles = unmapped.filter((file) => existsSync(join(OUT_DIR, file)));
  let total = 0;
  const listed: string[] = [];
  for (const file of [...chunkFiles, ...extraFiles]) {
    const size = gzipFile(file);
    total += size;
    const key = keys.find((k) => manifest[k].file === file);
    listed.push(`    ${formatKb(size).padStart(9)}  ${file}${key ? `  (${key})` : '  (not in manifest)'}`);
  }
  for (const [index, script] of inline.entries()) {
    const size = gzipSize(script);
    total += size;
    listed.push(`    ${formatKb(size).padStart(9)}  inline <script> #${index + 1} in the HTML`);
  }
  rows.push({ figure: `first-view JS, ${page.label}`, bytes: total, budget: BUDGET.firstView });
  firstViewLists.push(`  ${page.label}, language "${page.language}": ${formatKb(total)}\n${listed.join('\n')}`);

  // The other languages' strings stay out: no locale chunk of theirs, and no long string of theirs in the code.
  const firstViewCode = [...chunkFiles, ...extraFiles].map((file) => readFileSync(join(OUT_DIR, file), 'utf8')).join('\n') + inline.join('\n');
  for (const other of languages.filter((l) => l !== page.language)) {
    const leaked = keys.filter((key) => key.startsWith(`locales/${other}/`));
    if (leaked.length) failures.push(`${page.label}: first view includes ${other} locale chunks: ${leaked.join(', ')}`);
    const { foreign, own } = distinctiveStrings(other, page.language);
    const found = foreign.filter((s) => containsLiteral(firstViewCode, s));
    if (found.length) failures.push(`${page.label}: first-view JS contains ${found.length} "${other}" string(s), e.g. ${JSON.stringify(found[0])}`);
    // Self-check: the same search does find the page language's own distinctive strings, so it would see a leak.
    const ownFound = own.filter((s) => containsLiteral(firstViewCode, s)).length;
    // (A page that loads no strings, the teachers', has none of its own to find.)
    if (own.length && ownFound === 0 && page.namespaces?.length !== 0) failures.push(`${page.label}: the "${page.language}" strings were not found in the first view either; the leak check is not working`);
  }

  // chart.js only behind a dynamic import.
  if (manifest[CHART_SOURCE]) {
    const reach = onlyDynamicallyReachable(manifest, entryKeys, CHART_SOURCE);
    if (reach.static) failures.push(`${page.label}: ${CHART_SOURCE} is imported statically by the first view`);
    if (!reach.dynamic) failures.push(`${CHART_SOURCE} is not reached through any dynamic import`);
  } else {
    failures.push(`no manifest entry for ${CHART_SOURCE}: where did chart.js go?`);
  }
  const chartCode = CHART_MARKERS.filter((marker) => firstViewCode.includes(marker));
  if (chartCode.length) failures.push(`${page.label}: first-view JS contains chart.js code (${chartCode.map((m) => JSON.stringify(m)).join(', ')})`);

  // json-rules-engine only behind a dynamic import, from the page's script and from the app it loads.
  if (manifest[ENGINE_SOURCE]) {
    const reach = onlyDynamicallyReachable(manifest, [...entryKeys, ...appEntry], ENGINE_SOURCE);
    if (reach.static) failures.push(`${page.label}: ${ENGINE_SOURCE} (json-rules-engine) is imported statically by the first view`);
    if (!reach.dynamic) failures.push(`${ENGINE_SOURCE} (json-rules-engine) is not reached through any dynamic import`);
  } else {
    failures.push(`no manifest entry for ${ENGINE_SOURCE}: where did json-rules-engine go?`);
  }
  const engineCode = ENGINE_MARKERS.filter((marker) => firstViewCode.includes(marker));
  if (engineCode.length) failures.push(`${page.label}: first-view JS contains json-rules-engine's code (${engineCode.map((m) => JSON.stringify(m)).join(', ')})`);
}

// ---- all JavaScript, all CSS, embed.js ------------------------------------------------

const allFiles = walk(OUT_DIR).map((file) => relative(OUT_DIR, file).split(sep).join('/'));
const jsFiles = allFiles.filter((file) => /\.m?js$/.test(file) && file !== 'embed.js');
const cssFiles = allFiles.filter((file) => file.endsWith('.css'));
rows.push({ figure: `all JS (${jsFiles.length} files, without /embed.js)`, bytes: sum(jsFiles.map(gzipFile)), budget: BUDGET.allJs });
rows.push({ figure: `all CSS (${cssFiles.length} file${cssFiles.length === 1 ? '' : 's'})`, bytes: sum(cssFiles.map(gzipFile)), budget: BUDGET.allCss });
if (allFiles.includes('embed.js')) {
  rows.push({ figure: 'embed.js (host-page script)', bytes: gzipFile('embed.js'), budget: BUDGET.embed, strict: true });
} else {
  notes.push('embed.js: not in the build (public/embed.js not written yet), not measured');
}

// ---- report ---------------------------------------------------------------------------

console.log(`Size budgets for ${relative(process.cwd(), OUT_DIR) || '.'} (gzip -9; kB = 1000 bytes)\n`);
const width = Math.max(...rows.map((r) => r.figure.length), 'figure'.length);
console.log(`${'figure'.padEnd(width)}  ${'gzip'.padStart(9)}  ${'budget'.padStart(11)}  status`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(9)}  ${'-'.repeat(11)}  ------`);
for (const row of rows) {
  const ok = row.strict ? row.bytes < row.budget : row.bytes <= row.budget;
  if (!ok) failures.push(`${row.figure}: ${formatKb(row.bytes)} is over its budget of ${formatKb(row.budget)}`);
  const budget = `${row.strict ? '<' : '≤'} ${formatKb(row.budget)}`;
  console.log(`${row.figure.padEnd(width)}  ${formatKb(row.bytes).padStart(9)}  ${budget.padStart(11)}  ${ok ? 'ok' : 'OVER'}`);
}
console.log('\nFirst-view chunks:');
console.log(firstViewLists.join('\n'));
for (const note of notes) console.log(`\nnote: ${note}`);
if (failures.length) {
  console.error(`\n${failures.length} problem${failures.length === 1 ? '' : 's'}:`);
  for (const failure of failures) console.error(`  ✗ ${failure}`);
  process.exit(1);
}
console.log('\nAll size budgets met; chart.js and json-rules-engine only behind a dynamic import; each first view carries one language.');

// ---- helpers --------------------------------------------------------------------------

function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(2)} kB`;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function fail(message: string, now = false): void {
  failures.push(message);
  if (now) {
    console.error(`✗ ${message}`);
    process.exit(1);
  }
}

/**
 * Whether code holds the text as a whole string literal: between quotes of any
 * kind, escaped or not (a JSON module may be inlined as JSON.parse('…')). A
 * locale label that only occurs inside a longer sentence of a bilingual note
 * does not count.
 */
function containsLiteral(code: string, text: string): boolean {
  for (let at = code.indexOf(text); at >= 0; at = code.indexOf(text, at + 1)) {
    if (/["'`]$/.test(code.slice(Math.max(0, at - 1), at)) && /^\\?["'`]/.test(code.slice(at + text.length, at + text.length + 2))) return true;
  }
  return false;
}

/**
 * Strings of one language that the other never uses: long enough to be
 * unambiguous, with no quotes, backslashes or control characters (so they
 * appear verbatim in minified code, whatever the quoting), and not among the other
 * language's strings. Returns both directions, for the leak check and its self-check.
 */
function distinctiveStrings(foreignLanguage: string, ownLanguage: string): { foreign: string[]; own: string[] } {
  const foreign = localeStrings(foreignLanguage);
  const own = localeStrings(ownLanguage);
  const pick = (mine: Set<string>, theirs: Set<string>) =>
    [...mine].filter(
      (s) =>
        s.length >= 16 &&
        s.includes(' ') &&
        !/[\x00-\x1f"'`\\]/.test(s) &&
        ![...theirs].some((t) => t.includes(s)) &&
        !ruleFileTexts().some((text) => text.includes(s)),
    );
  return { foreign: pick(foreign, own), own: pick(own, foreign) };
}

/**
 * The rule files, which the entry bundles on purpose with their bilingual
 * provenance notes ({ "sv": …, "en": … }): a locale string that also occurs
 * there proves nothing about a leak, so it is not used for the check.
 */
function ruleFileTexts(): string[] {
  const dir = resolve('rules');
  ruleTexts ??= existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  return ruleTexts;
}

function localeStrings(language: string): Set<string> {
  const strings = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string') strings.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const key of localeKeys(manifest, language)) {
    const source = resolve(key);
    if (existsSync(source)) collect(JSON.parse(readFileSync(source, 'utf8')));
  }
  return strings;
}
