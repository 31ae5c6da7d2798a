// The interface language. Only the active language's strings are loaded;
// switching loads the other file, then swaps the translator, so every text
// re-renders at once and no input is touched.

import type { i18n } from 'i18next';
import type { Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import { createI18n, type LocaleBundle } from '../i18n/create.ts';

export type BundleLoader = (language: Language) => Promise<LocaleBundle>;

export class LanguageState {
  current = $state<Language>('sv');
  #instance = $state.raw<i18n>();

  constructor(
    language: Language,
    bundle: LocaleBundle,
    private readonly load: BundleLoader,
  ) {
    this.current = language;
    this.#instance = createI18n(language, bundle);
  }

  /** Reading the instance here makes every caller re-run when the language changes. */
  t: Translate = (key, values) => this.#instance!.t(key, values as Record<string, unknown>) as string;

  /** Arrays and objects of strings, e.g. a list of paragraphs. */
  list = (key: string): string[] => {
    const value = this.#instance!.t(key, { returnObjects: true }) as unknown;
    return Array.isArray(value) ? (value as string[]) : [];
  };

  async set(language: Language): Promise<void> {
    if (language === this.current) return;
    const bundle = await this.load(language);
    this.#instance = createI18n(language, bundle);
    this.current = language;
  }
}
