import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { rulesPlugin } from './scripts/vite-rules-plugin.ts';

/** Where the site is built; the end-to-end tests serve the same folder (OUT_DIR lets parallel runs use their own). */
export const OUT_DIR = process.env.OUT_DIR ?? 'dist';

/**
 * The Content-Security-Policy of the built pages: everything from the app's own origin, no inline
 * script, no eval, no inline style. (Not in development: Vite's dev server injects styles inline.)
 * frame-ancestors cannot be set from a meta tag; the page is meant to be embedded anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'vardpengen-content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
};

/** json-rules-engine's own debug module, replaced like the dependencies below (see the shim). */
const engineDebugShim: Plugin = {
  name: 'vardpengen-engine-debug-shim',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === './debug' && importer?.includes('json-rules-engine') ? fileURLToPath(new URL('./src/lib/engine/shims/debug.js', import.meta.url)) : null,
};

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy, engineDebugShim, rulesPlugin()],
  build: {
    outDir: OUT_DIR,
    manifest: true,
    // Every browser the site supports has <link rel="modulepreload">; with two HTML entries Vite's
    // polyfill would be a shared chunk of its own in every page's first view.
    // The pages' HTML preloads what their entry imports. A dynamic import does not: Vite's helper would
    // add a <link rel="modulepreload"> for each chunk the imported one depends on, nearly all of them
    // loaded with the first view already; at the page's start that was 26 ms of the take-over task and
    // 50 ms of another (profiled at 4× CPU). The browser fetches what a lazy chunk imports when it reads it.
    modulePreload: { polyfill: false, resolveDependencies: (_file, dependencies, { hostType }) => (hostType === 'html' ? dependencies : []) },
    // The explainer, and the guided story's and the teachers' page's templates (scripts/build.ts prerenders them per language).
    rolldownOptions: {
      // The prerenderer and the sweep worker take json-rules-engine at once (a static import of
      // decide.ts), so the evaluator's dynamic import of it, which keeps it out of the page's first
      // view, has nothing to split in their builds: not worth a warning.
      onLog(level, log, handler) {
        if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.message.includes('src/lib/engine/decide.ts')) return;
        handler(level, log);
      },
      // Named by their files, so that the chunks keep the names they had with one entry (index-*.js).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        // The explainer's app: the page's inlined boot script imports it by the name the build writes
        // into the page (src/boot.ts, scripts/html-template.ts), so it is an entry of its own.
        app: fileURLToPath(new URL('./src/main.ts', import.meta.url)),
        story: fileURLToPath(new URL('./story.html', import.meta.url)),
        teachers: fileURLToPath(new URL('./teachers.html', import.meta.url)),
      },
    },
  },
  // The sweep worker (src/lib/sweep/) holds the same rule sets and engine as the page.
  worker: { format: 'es', plugins: () => [engineDebugShim, rulesPlugin()] },
  resolve: {
    // Lighter stand-ins for four of json-rules-engine's dependencies; each file says why.
    alias: [
      ['jsonpath-plus', 'jsonpath-plus.ts'],
      ['eventemitter2', 'eventemitter2.js'],
      ['hash-it', 'hash-it.js'],
      ['clone', 'clone.js'],
    ].map(([name, file]) => ({
      find: new RegExp(`^${name}$`),
      replacement: fileURLToPath(new URL(`./src/lib/engine/shims/${file}`, import.meta.url)),
    })),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          // Waits are for states (see setup.ts); a busy machine must not fail a test by the clock.
          testTimeout: 30_000,
          include: ['test/component/**/*.test.ts'],
          setupFiles: ['test/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
