// The pure part of `npm run size`: which chunks of a Vite build a page needs
// before its first view, read from the build manifest (dist/.vite/manifest.json).
// No file system here, so the unit tests can feed it a manifest object.

import { CORE_NAMESPACES } from '../src/lib/i18n/namespaces.ts';

/** One entry of Vite's build manifest (only the fields used here). */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The manifest keys of a language's locale files: locales/<lang>/<namespace>.json, optionally only some namespaces. */
export function localeKeys(manifest: Manifest, language: string, namespaces?: readonly string[]): string[] {
  const pattern = new RegExp(`^locales/${escapeRegExp(language)}/([^/]+)\\.json$`);
  return Object.keys(manifest)
    .filter((key) => {
      const match = pattern.exec(key);
      return match !== null && (!namespaces || namespaces.includes(match[1]));
    })
    .sort();
}

/** The languages that have locale chunks in the build. */
export function localeLanguages(manifest: Manifest): string[] {
  const languages = new Set<string>();
  for (const key of Object.keys(manifest)) {
    const match = /^locales\/([^/]+)\/[^/]+\.json$/.exec(key);
    if (match) languages.add(match[1]);
  }
  return [...languages].sort();
}

/** The given chunks and everything they import statically, recursively; dynamic imports are not followed. */
export function staticClosure(manifest: Manifest, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no entry "${key}"`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

/**
 * The chunks a page runs before its first view: its entry chunks with their
 * static imports, plus the active language's core locale chunks (which the
 * entry awaits before mounting; other namespaces load later), plus their static imports.
 */
export function firstViewChunks(
  manifest: Manifest,
  entryKeys: readonly string[],
  language: string,
  namespaces: readonly string[] = CORE_NAMESPACES,
): string[] {
  return staticClosure(manifest, [...entryKeys, ...localeKeys(manifest, language, namespaces)]);
}

/** Manifest keys whose chunk file is one of the given files (paths relative to the build folder, no leading slash). */
export function keysForFiles(manifest: Manifest, files: readonly string[]): string[] {
  const wanted = new Set(files.map((f) => f.replace(/^\.?\//, '')));
  return Object.keys(manifest).filter((key) => wanted.has(manifest[key].file));
}

/** Whether a chunk is reached from the given roots only through dynamic imports (never statically). */
export function onlyDynamicallyReachable(manifest: Manifest, roots: readonly string[], key: string): { static: boolean; dynamic: boolean } {
  const statically = new Set(staticClosure(manifest, roots));
  const dynamic = Object.values(manifest).some((chunk) => chunk.dynamicImports?.includes(key));
  return { static: statically.has(key), dynamic };
}

/**
 * The scripts an HTML page loads up front: module/classic script src, modulepreload links, inline
 * script bodies, and the app's modules that the explainer's inlined boot script loads (#app-modules).
 */
export function scriptsOfHtml(html: string): { sources: string[]; preloads: string[]; inline: string[] } {
  const sources: string[] = [];
  const preloads: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (/\bid\s*=\s*["']?app-modules\b/i.test(attributes)) {
      const modules = JSON.parse(match[2]) as { entry: string; preload: string[] };
      sources.push(modules.entry);
      preloads.push(...modules.preload);
      continue;
    }
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // JSON data, import maps…
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (src) sources.push(src);
    else if (match[2].trim()) inline.push(match[2]);
  }
  for (const match of html.matchAll(/<link\b([^>]*)>/gi)) {
    if (!/\brel\s*=\s*["']?modulepreload/i.test(match[1])) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(match[1])?.[1];
    if (href) preloads.push(href);
  }
  return { sources, preloads, inline };
}

/** The page's language from <html lang="…">, or undefined. */
export function htmlLanguage(html: string): string | undefined {
  return /<html\b[^>]*\blang\s*=\s*["']?([A-Za-z-]+)/i.exec(html)?.[1]?.toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
