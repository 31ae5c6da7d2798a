// npm run build: the static site. Vite builds the browser bundle; then the
// default view is rendered to HTML for each language (Svelte's server
// rendering, from a server build of the same code) and written into
// index.html (Swedish) and en/index.html (English). OUT_DIR sets the folder.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { LANGUAGES, type Language } from '../src/lib/format/numbers.ts';
import { EXPLAINER_PAGES, QUESTION_PAGES, STORY_PAGES } from '../src/lib/url/pages.ts';
import { TEACHER_PAGES } from '../src/lib/teachers/pages.ts';
import type { PrerenderedPage } from '../src/prerender/render.ts';
import { addToHead, fillTemplate, inlineBootScript, inlineStylesheet, lowerScriptPriority } from './html-template.ts';
import { writeNewsroomFiles } from './newsroom.ts';
import { writeServiceWorker } from './offline/service-worker.ts';
import { staticClosure, type Manifest } from './size-budget.ts';

// Always a production build, even when started from a test run (vitest sets NODE_ENV=test, which
// would make Svelte and the libraries build their larger development versions).
process.env.NODE_ENV = 'production';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const serverDir = resolve(`${outDir}-server`);

await build({ logLevel: 'warn' });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/prerender/render.ts', outDir: serverDir, emptyOutDir: true, manifest: false, copyPublicDir: false },
});

const { renderDefaultPage, renderStoryPage, renderTeachersPage } = (await import(pathToFileURL(join(serverDir, 'render.js')).href)) as {
  renderDefaultPage: (language: Language, pagePath: string) => Promise<PrerenderedPage>;
  renderStoryPage: (language: Language) => Promise<PrerenderedPage>;
  renderTeachersPage: (language: Language) => Promise<PrerenderedPage>;
};
// The explainer: its stylesheet and its boot script in the page, and the app's modules named for the boot script.
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
const appEntry = 'src/main.ts';
const asset = (path: string) => readFileSync(join(outDir, path), 'utf8');
const template = inlineBootScript(inlineStylesheet(readFileSync(join(outDir, 'index.html'), 'utf8'), asset), asset, {
  entry: `/${manifest[appEntry].file}`,
  preload: staticClosure(manifest, [appEntry])
    .filter((key) => key !== appEntry)
    .map((key) => `/${manifest[key].file}`),
});
// The boot script's file is in the page now; nothing asks for it.
rmSync(join(outDir, manifest['index.html'].file));
const write = (path: string, html: string) => {
  const directory = join(outDir, path);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'index.html'), html);
  console.log(`wrote ${join(directory, 'index.html')}`);
};
// oEmbed documents and social cards for the default view and the example clinics; SITE_URL makes their links absolute.
const newsroom = await writeNewsroomFiles(outDir, process.env.SITE_URL);
for (const language of LANGUAGES) {
  const page = await renderDefaultPage(language, `/${EXPLAINER_PAGES[language]}`);
  write(EXPLAINER_PAGES[language], addToHead(fillTemplate(template, language, page), newsroom.headTags(language, page)));
  // The question page carries no prerendered result: a student must not see the answer first.
  write(QUESTION_PAGES[language], fillTemplate(template, language, { ...page, html: '' }, { prerendered: false }));
}
// The guided story: its own template (story.html, with its own script and stylesheet), prerendered per language.
const storyTemplate = lowerScriptPriority(
  inlineStylesheet(readFileSync(join(outDir, 'story.html'), 'utf8'), (path) => readFileSync(join(outDir, path), 'utf8')),
);
for (const language of LANGUAGES) write(STORY_PAGES[language], fillTemplate(storyTemplate, language, await renderStoryPage(language)));
rmSync(join(outDir, 'story.html'));
// The teachers' page: its own template (teachers.html), prerendered per language.
const teachersTemplate = lowerScriptPriority(
  inlineStylesheet(readFileSync(join(outDir, 'teachers.html'), 'utf8'), (path) => readFileSync(join(outDir, path), 'utf8')),
);
for (const language of LANGUAGES) write(TEACHER_PAGES[language], fillTemplate(teachersTemplate, language, await renderTeachersPage(language)));
rmSync(join(outDir, 'teachers.html'));
rmSync(serverDir, { recursive: true, force: true });
// Last, when every file is in place: the service worker and its precache list (scripts/offline/).
const serviceWorker = writeServiceWorker(outDir);
console.log(`wrote ${join(outDir, 'sw.js')}: ${serviceWorker.entries.length} files, version ${serviceWorker.version}, rules ${serviceWorker.rules}`);
