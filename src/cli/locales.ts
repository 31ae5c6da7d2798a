import { readFileSync } from 'node:fs';
import type { Language } from '../lib/format/numbers.ts';
import type { LocaleBundle } from '../lib/i18n/create.ts';

import { LOCALES_DIRECTORY as LOCALES } from './paths.ts';

export function readLocaleBundle(language: Language): LocaleBundle {
  const read = (name: string) => JSON.parse(readFileSync(`${LOCALES}${language}/${name}.json`, 'utf8'));
  return { ui: read('ui'), rules: read('rules') };
}
