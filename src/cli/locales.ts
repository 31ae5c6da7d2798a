import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Language } from '../lib/format/numbers.ts';
import type { LocaleBundle } from '../lib/i18n/create.ts';

const LOCALES = fileURLToPath(new URL('../../locales/', import.meta.url));

export function readLocaleBundle(language: Language): LocaleBundle {
  const read = (name: string) => JSON.parse(readFileSync(`${LOCALES}${language}/${name}.json`, 'utf8'));
  return { ui: read('ui'), rules: read('rules') };
}
