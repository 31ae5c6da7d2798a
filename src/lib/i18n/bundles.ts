// The browser's locale files: one chunk per language and namespace, so a
// visitor downloads only the strings of the language they read.

import type { Language } from '../format/numbers.ts';
import type { LocaleBundle } from './create.ts';

const files = import.meta.glob('../../../locales/*/*.json', { import: 'default' }) as Record<
  string,
  () => Promise<Record<string, unknown>>
>;

export async function loadBundle(language: Language): Promise<LocaleBundle> {
  const prefix = `../../../locales/${language}/`;
  const entries = await Promise.all(
    Object.entries(files)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await load()] as const),
  );
  return Object.fromEntries(entries);
}
