// The browser's locale files: one chunk per language and namespace, so a
// visitor downloads only the strings of the language they read, and only
// the namespaces the view needs: "ui" and "rules" at start, the others
// (share, classroom, predict, embed) when their feature is shown.

import type { Language } from '../format/numbers.ts';
import type { LocaleBundle } from './create.ts';
import { prepareFor } from './strings.ts';

export { CORE_NAMESPACES } from './namespaces.ts';

// The teachers' page's strings are used only at build time (src/prerender/teachers.ts), so no page carries them.
const files = import.meta.glob(['../../../locales/*/*.json', '!../../../locales/*/teachers.json'], { import: 'default' }) as Record<
  string,
  () => Promise<Record<string, unknown>>
>;

/** The namespaces a language has, as file names without ".json". */
export function availableNamespaces(language: Language): string[] {
  const prefix = `../../../locales/${language}/`;
  return Object.keys(files)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length, -'.json'.length));
}

/**
 * Loads the given namespaces of a language (all of them when none are named), and i18next with them
 * when they need it (see strings.ts): the strings it returns can always be made into Strings at once.
 */
export async function loadBundle(language: Language, namespaces: readonly string[] = availableNamespaces(language)): Promise<LocaleBundle> {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => {
      const load = files[`../../../locales/${language}/${namespace}.json`];
      if (!load) throw new Error(`no strings "${namespace}" for ${language}`);
      return [namespace, await load()] as const;
    }),
  );
  const bundle: LocaleBundle = Object.fromEntries(entries);
  await prepareFor(bundle);
  return bundle;
}
