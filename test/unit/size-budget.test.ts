// The pure part of `npm run size`: which chunks a page needs for its first view.
import { describe, expect, it } from 'vitest';
import {
  firstViewChunks,
  htmlLanguage,
  keysForFiles,
  localeKeys,
  localeLanguages,
  onlyDynamicallyReachable,
  scriptsOfHtml,
  staticClosure,
  type Manifest,
} from '../../scripts/size-budget.ts';

// Shaped like Vite's dist/.vite/manifest.json, with a shared chunk and a cycle.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_shared-b.js'],
    dynamicImports: ['src/lib/charts/chart-setup.ts', 'locales/en/ui.json', 'locales/sv/ui.json', 'locales/sv/rules.json'],
    css: ['assets/index-c.css'],
  },
  '_shared-b.js': { file: 'assets/shared-b.js', imports: ['_util-d.js'] },
  '_util-d.js': { file: 'assets/util-d.js', imports: ['_shared-b.js'] },
  'src/lib/charts/chart-setup.ts': { file: 'assets/chart-setup-e.js', isDynamicEntry: true, imports: ['_shared-b.js', '_chartjs-f.js'] },
  '_chartjs-f.js': { file: 'assets/chartjs-f.js' },
  'locales/en/ui.json': { file: 'assets/ui-g.js', isDynamicEntry: true },
  'locales/sv/ui.json': { file: 'assets/ui-h.js', isDynamicEntry: true },
  'locales/sv/rules.json': { file: 'assets/rules-i.js', isDynamicEntry: true },
};

describe('first-view chunks from a Vite manifest', () => {
  it('follows static imports recursively, through cycles, and never dynamic ones', () => {
    expect(staticClosure(manifest, ['index.html']).sort()).toEqual(['_shared-b.js', '_util-d.js', 'index.html']);
  });

  it('adds the active language’s locale chunks and only those', () => {
    expect(firstViewChunks(manifest, ['index.html'], 'sv').sort()).toEqual([
      '_shared-b.js',
      '_util-d.js',
      'index.html',
      'locales/sv/rules.json',
      'locales/sv/ui.json',
    ]);
    const en = firstViewChunks(manifest, ['index.html'], 'en');
    expect(en).toContain('locales/en/ui.json');
    expect(en.some((key) => key.startsWith('locales/sv/'))).toBe(false);
    expect(localeKeys(manifest, 'sv')).toEqual(['locales/sv/rules.json', 'locales/sv/ui.json']);
    expect(localeLanguages(manifest)).toEqual(['en', 'sv']);
  });

  it('keeps chart.js out: the chart chunk is reached only through a dynamic import', () => {
    const first = firstViewChunks(manifest, ['index.html'], 'sv');
    expect(first).not.toContain('src/lib/charts/chart-setup.ts');
    expect(first).not.toContain('_chartjs-f.js');
    expect(onlyDynamicallyReachable(manifest, ['index.html'], 'src/lib/charts/chart-setup.ts')).toEqual({ static: false, dynamic: true });
    const broken: Manifest = { ...manifest, 'index.html': { ...manifest['index.html'], imports: ['src/lib/charts/chart-setup.ts'] } };
    expect(onlyDynamicallyReachable(broken, ['index.html'], 'src/lib/charts/chart-setup.ts').static).toBe(true);
    expect(firstViewChunks(broken, ['index.html'], 'sv')).toContain('_chartjs-f.js');
  });

  it('says so when an import names a chunk the manifest lacks', () => {
    expect(() => staticClosure({ a: { file: 'a.js', imports: ['missing'] } }, ['a'])).toThrow(/missing/);
  });

  it('finds a page’s entry chunks, language and inline scripts in its HTML', () => {
    const html = `<!doctype html><html lang="en"><head>
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared-b.js">
      <script type="application/json" id="state">{"a":1}</script>
      </head><body><script>window.x = 1</script></body></html>`;
    const scripts = scriptsOfHtml(html);
    expect(scripts).toEqual({ sources: ['/assets/index-a.js'], preloads: ['/assets/shared-b.js'], inline: ['window.x = 1'] });
    expect(keysForFiles(manifest, scripts.sources).concat(keysForFiles(manifest, scripts.preloads))).toEqual(['index.html', '_shared-b.js']);
    expect(htmlLanguage(html)).toBe('en');
    expect(htmlLanguage('<html>')).toBeUndefined();
  });

  it('counts the app that the explainer\'s inlined boot script loads by name (#app-modules)', () => {
    const html = `<html lang="sv"><body>
      <script type="application/json" id="prerendered-ranges">{"a":1}</script>
      <script type="application/json" id="app-modules">{"entry":"/assets/app-d.js","preload":["/assets/shared-b.js"]}</script>
      <script type="module">addEventListener('load', () => 1)</script></body></html>`;
    expect(scriptsOfHtml(html)).toEqual({ sources: ['/assets/app-d.js'], preloads: ['/assets/shared-b.js'], inline: ["addEventListener('load', () => 1)"] });
  });
});
