import { readFileSync, readdirSync } from 'node:fs';
import type { Language } from '../lib/format/numbers.ts';
import type { LocaleBundle } from '../lib/i18n/create.ts';

import { LOCALES_DIRECTORY as LOCALES } from './paths.ts';

/** Every namespace file in locales/<language>/. */
export function readLocaleBundle(language: Language): LocaleBundle {
  const directory = `${LOCALES}${language}/`;
  return Object.fromEntries(
    readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.slice(0, -'.json'.length), JSON.parse(readFileSync(directory + name, 'utf8'))]),
  );
}
