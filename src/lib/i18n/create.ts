// An i18next instance for one language, created synchronously from strings
// already loaded: the browser loads only the active language's file, the
// command line reads them from disk, the prerenderer imports both.

import i18next, { type i18n } from 'i18next';
import type { Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';

/** One language's strings: namespace (the file name in locales/<lang>/) → nested keys. */
export type LocaleBundle = Record<string, Record<string, unknown>>;

export function createI18n(language: Language, bundle: LocaleBundle): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: bundle as unknown as Record<string, Record<string, string>> },
    ns: Object.keys(bundle),
    defaultNS: 'ui',
    // Svelte escapes text it renders, and no string is ever rendered as HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

export function translator(instance: i18n): Translate {
  return (key, values) => instance.t(key, values as Record<string, unknown>) as string;
}
