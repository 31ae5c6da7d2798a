// The interface language. Only the active language's strings are loaded, and
// of those only the namespaces in use; a feature shown later asks for its
// namespace with ensure(). Switching language loads the same namespaces in
// the other language, then swaps the strings, so every text re-renders at
// once and no input is touched.

import type { Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import type { LocaleBundle } from '../i18n/create.ts';
import { Strings, prepareFor } from '../i18n/strings.ts';

export type BundleLoader = (language: Language, namespaces: readonly string[]) => Promise<LocaleBundle>;

export class LanguageState {
  current = $state<Language>('sv');
  /** Immutable: adding a namespace or switching language replaces it, which re-renders every text. */
  #strings = $state.raw<Strings>() as Strings;

  /** A bundle as loadBundle() returns it (which loads i18next first when the bundle needs it). */
  constructor(
    language: Language,
    bundle: LocaleBundle,
    private readonly load: BundleLoader,
  ) {
    this.current = language;
    this.#strings = new Strings(language, bundle);
  }

  /** Reading the strings here makes every caller re-run when they change. */
  t: Translate = (key, values) => this.#strings.t(key, values);

  /** Arrays of strings, e.g. a list of paragraphs. */
  list = (key: string): string[] => this.#strings.list(key);

  has(namespace: string): boolean {
    return this.#strings.namespaces.includes(namespace);
  }

  /** Loads namespaces not loaded yet, in the current language. */
  async ensure(...namespaces: string[]): Promise<void> {
    const missing = namespaces.filter((n) => !this.#strings.namespaces.includes(n));
    if (!missing.length) return;
    const language = this.current;
    const bundle = await this.#loaded(language, missing);
    if (language !== this.current) return this.ensure(...namespaces);
    this.#strings = this.#strings.adding(bundle);
  }

  async set(language: Language): Promise<void> {
    if (language === this.current) return;
    const bundle = await this.#loaded(language, this.#strings.namespaces);
    this.#strings = new Strings(language, bundle);
    this.current = language;
  }

  /** A bundle from the loader, with i18next loaded first if it needs it (a loader in a test may not). */
  async #loaded(language: Language, namespaces: readonly string[]): Promise<LocaleBundle> {
    const bundle = await this.load(language, namespaces);
    await prepareFor(bundle);
    return bundle;
  }
}
