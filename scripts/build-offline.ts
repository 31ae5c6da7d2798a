// npm run build:offline: the explainer as one zip that opens from disk (index.html via file://), for a
// school that cannot reach the site at all. Chromium loads no module script, worker or chunk from a
// file:// page (its origin is opaque, so every such request fails CORS), so this is a variant build:
// - one Vite build of the explainer with base './' and no code splitting: every lazy chunk (panels,
//   chart.js, the rules' texts, both languages' strings) is part of the one bundle;
// - the bundle as one classic deferred script (its top-level await in an async function, import.meta
//   replaced), the stylesheet inlined into index.html and allowed by its hash in the same
//   Content-Security-Policy (no 'unsafe-inline', no eval);
// - no prerendered markup: the app mounts afresh; the sweep runs on the main thread (the worker cannot
//   start from file://, and the app falls back); no service worker; no pinned embeds (no archive).
// The page says which rules it carries, as online: "Regler per …" in its footer.
//
// OFFLINE_DIR sets the output folder (default dist-offline): OFFLINE_DIR/vardpengen/ (the unpacked
// build) and OFFLINE_DIR/vardpengen-offline.zip (the same files under vardpengen/).

import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import viteConfig from '../vite.config.ts';
import { allowByHash } from './html-template.ts';
import { writeZip } from './offline/zip.ts';

process.env.NODE_ENV = 'production';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const offlineDir = resolve(process.env.OFFLINE_DIR ?? 'dist-offline');
const siteDir = join(offlineDir, 'vardpengen');
const zipFile = join(offlineDir, 'vardpengen-offline.zip');

const { test: _test, ...config } = viteConfig as InlineConfig & { test?: unknown };
await build({
  ...config,
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  base: './',
  build: {
    ...config.build,
    outDir: siteDir,
    emptyOutDir: true,
    manifest: false,
    copyPublicDir: false,
    // One bundle by design (about 0.7 MB, 0.25 MB zipped).
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: join(ROOT, 'index.html'), output: { codeSplitting: false } },
  },
  // The online page's boot script imports the app by a name the build writes into the page; offline,
  // the page's script is the app itself, with the styles (src/offline.ts).
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'vardpengen-offline-entry',
      transformIndexHtml: { order: 'pre' as const, handler: (html: string) => html.replace('/src/boot.ts', '/src/offline.ts') },
    },
  ],
});

const indexFile = join(siteDir, 'index.html');
let html = readFileSync(indexFile, 'utf8');

const script = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/.exec(html);
if (!script) throw new Error('the offline index.html has no module script to turn into a classic one');
// One chunk with no import or export left: a module only in its top-level await and import.meta, which an
// async function and a stand-in (the script's own address, as import.meta.url was the chunk's) replace.
const code = readFileSync(join(siteDir, script[1]), 'utf8');
if (/^\s*(import|export)\b/m.test(code)) throw new Error(`${script[1]} still imports or exports: is code splitting off?`);
writeFileSync(
  join(siteDir, script[1]),
  `(async () => {\n'use strict';\nconst __importMeta = { url: document.currentScript?.src ?? document.baseURI };\n${code.replace(/\bimport\.meta\b/g, '__importMeta')}\n})().catch((error) => console.error(error));\n`,
);
const stylesheet = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
if (!stylesheet) throw new Error('the offline index.html has no stylesheet to inline');
const css = readFileSync(join(siteDir, stylesheet[1]), 'utf8').trim();
if (/url\(/.test(css) || css.includes('</style')) throw new Error(`${stylesheet[1]} cannot be inlined as it is`);
html = allowByHash(html, 'style-src', css, 'the offline index.html')
  .replace(stylesheet[0], () => `<style>${css}</style>`)
  // A classic script, deferred as the module was: file:// gives a module script no origin to load from.
  .replace(script[0], () => `<script defer src="./${script[1]}"></script>`);
writeFileSync(indexFile, html);
rmSync(join(siteDir, stylesheet[1]));
// The sweep's worker cannot start from file:// (the app says so in the console and sweeps on the main thread).
for (const file of readdirSync(join(siteDir, 'assets'))) if (file.startsWith('sweep.worker-')) rmSync(join(siteDir, 'assets', file));
copyFileSync(join(ROOT, 'public', 'favicon.svg'), join(siteDir, 'favicon.svg'));

const walk = (directory: string): string[] =>
  readdirSync(directory).flatMap((name) => (statSync(join(directory, name)).isDirectory() ? walk(join(directory, name)) : [join(directory, name)]));
const files = walk(siteDir).sort();
writeFileSync(zipFile, writeZip(files.map((file) => ({ name: `vardpengen/${relative(siteDir, file).split(sep).join('/')}`, data: readFileSync(file) }))));
console.log(`wrote ${relative(process.cwd(), zipFile)}: ${files.length} files, ${(statSync(zipFile).size / 1e6).toFixed(2)} MB (open vardpengen/index.html)`);
