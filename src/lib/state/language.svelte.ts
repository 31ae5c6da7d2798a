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
  /** Immutable; replaced when namespaces are added or the language switches. Not reactive itself: see #versions. */
  #strings: Strings;
  /**
   * A counter per namespace, bumped when that namespace's strings change. A text depends on its own
   * namespace only, so adding the classroom's strings once the page is idle re-renders what reads
   * them, not every text on the page (that re-render was a 160 ms task on a phone).
   */
  #versions = $state<Record<string, number>>({});

  /** A bundle as loadBundle() returns it (which loads i18next first when the bundle needs it). */
  constructor(
    language: Language,
    bundle: LocaleBundle,
    private readonly load: BundleLoader,
  ) {
    this.current = language;
    this.#strings = new Strings(language, bundle);
  }

  #depend(key: string): void {
    const separator = key.indexOf(':');
    void this.#versions[separator < 0 ? 'ui' : key.slice(0, separator)];
  }

  #changed(namespaces: readonly string[]): void {
    for (const namespace of namespaces) this.#versions[namespace] = (this.#versions[namespace] ?? 0) + 1;
  }

  t: Translate = (key, values) => {
    this.#depend(key);
    return this.#strings.t(key, values);
  };

  /** Arrays of strings, e.g. a list of paragraphs. */
  list = (key: string): string[] => {
    this.#depend(key);
    return this.#strings.list(key);
  };

  has(namespace: string): boolean {
    void this.#versions[namespace];
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
    this.#changed(Object.keys(bundle));
  }

  async set(language: Language): Promise<void> {
    if (language === this.current) return;
    const bundle = await this.#loaded(language, this.#strings.namespaces);
    this.#strings = new Strings(language, bundle);
    this.current = language;
    this.#changed(Object.keys(bundle));
  }

  /** A bundle from the loader, with i18next loaded first if it needs it (a loader in a test may not). */
  async #loaded(language: Language, namespaces: readonly string[]): Promise<LocaleBundle> {
    const bundle = await this.load(language, namespaces);
    await prepareFor(bundle);
    return bundle;
  }
}
