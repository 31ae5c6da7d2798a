// The service worker's precache list and version, worked out by the build from the files it wrote
// (scripts/build.ts → writeServiceWorker). Pure: the caller reads the folder and hashes the files.

/** The service worker's own file, at the site's root (its scope is the whole site). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Which built files a classroom needs offline, as addresses relative to the site's root (a page's
 * index.html as its folder: "en/index.html" → "en/"): the pages, their chunks, stylesheets and
 * locales, the icon, and the rules' archive (pinned embeds). Left out: Vite's manifest, the service
 * worker itself, source maps, and what only other sites fetch (oEmbed documents, social cards, embed.js).
 */
export function precacheEntries(files: readonly string[]): string[] {
  const entries = files
    .map((file) => file.split('\\').join('/'))
    .filter(
      (file) =>
        !file.startsWith('.vite/') &&
        !file.startsWith('oembed/') &&
        !file.startsWith('cards/') &&
        file !== SERVICE_WORKER_FILE &&
        file !== 'embed.js' &&
        !file.endsWith('.map'),
    )
    .map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file));
  return [...new Set(entries)].sort();
}

/**
 * The version of a build's offline copy: one hash over the precache list, the hash of every file
 * whose name does not already carry one (the pages, the archive, the icon), and the rule sets' content
 * hashes. Any change to what a classroom would see gives a new version, and so a new service worker.
 */
export function precacheVersion(
  entries: readonly string[],
  fileHashes: Readonly<Record<string, string>>,
  ruleHashes: Readonly<Record<string, string>>,
  hash: (text: string) => string,
): string {
  const sorted = (record: Readonly<Record<string, string>>) => Object.keys(record).sort().map((key) => [key, record[key]]);
  return hash(JSON.stringify({ entries: [...entries].sort(), files: sorted(fileHashes), rules: sorted(ruleHashes) })).slice(0, 16);
}

/** A built file's name carries Vite's content hash (assets/index-BfR2x_9a.js). */
export function isContentHashed(entry: string): boolean {
  return /^assets\/.+-[\w-]{8,}\.\w+$/.test(entry);
}

/** The newest `updated` date among the rule sets: what the page calls the rules' version ("Regler per …"). */
export function rulesDate(updated: readonly string[]): string {
  return [...updated].sort().at(-1) ?? '';
}
