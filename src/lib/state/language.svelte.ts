// The interface language. Only the active language's strings are loaded, and
// of those only the namespaces in use; a feature shown later asks for its
// namespace with ensure(). Switching language loads the same namespaces in
// the other language, then swaps the translator, so every text re-renders at
// once and no input is touched.

import type { i18n } from 'i18next';
import type { Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import { createI18n, type LocaleBundle } from '../i18n/create.ts';

export type BundleLoader = (language: Language, namespaces: readonly string[]) => Promise<LocaleBundle>;

export class LanguageState {
  current = $state<Language>('sv');
  #instance = $state.raw<i18n>();
  /** Bumped when a namespace is added to the current instance, so texts re-render. */
  #version = $state(0);
  #namespaces: Set<string>;

  constructor(
    language: Language,
    bundle: LocaleBundle,
    private readonly load: BundleLoader,
  ) {
    this.current = language;
    this.#instance = createI18n(language, bundle);
    this.#namespaces = new Set(Object.keys(bundle));
  }

  /**
   * Each key's template, read once from i18next's store: the page asks for the same few hundred
   * texts on every render, and filling "{{name}}" needs no more than a replace. Anything that is not
   * a plain string template (a missing key, a list) goes through i18next's own t().
   */
  #templates = new Map<string, string | null>();

  /** Reading the instance and version here makes every caller re-run when strings change. */
  t: Translate = (key, values) => {
    void this.#version;
    let template = this.#templates.get(key);
    if (template === undefined) this.#templates.set(key, (template = this.#template(key)));
    if (template === null) return this.#instance!.t(key, values as Record<string, unknown>) as string;
    return values ? fill(template, values) : template;
  };

  #template(key: string): string | null {
    const separator = key.indexOf(':');
    const namespace = separator < 0 ? 'ui' : key.slice(0, separator);
    const path = separator < 0 ? key : key.slice(separator + 1);
    const value: unknown = this.#instance!.getResource(this.current, namespace, path);
    return typeof value === 'string' && !value.includes('$t(') ? value : null;
  }

  /** Arrays and objects of strings, e.g. a list of paragraphs. */
  list = (key: string): string[] => {
    void this.#version;
    const value = this.#instance!.t(key, { returnObjects: true }) as unknown;
    return Array.isArray(value) ? (value as string[]) : [];
  };

  has(namespace: string): boolean {
    void this.#version;
    return this.#namespaces.has(namespace);
  }

  /** Loads namespaces not loaded yet, in the current language. */
  async ensure(...namespaces: string[]): Promise<void> {
    const missing = namespaces.filter((n) => !this.#namespaces.has(n));
    if (!missing.length) return;
    const language = this.current;
    const bundle = await this.load(language, missing);
    if (language !== this.current) return this.ensure(...namespaces);
    for (const [namespace, strings] of Object.entries(bundle)) {
      this.#instance!.addResourceBundle(language, namespace, strings, true, true);
      this.#namespaces.add(namespace);
    }
    this.#templates.clear();
    this.#version++;
  }

  async set(language: Language): Promise<void> {
    if (language === this.current) return;
    const bundle = await this.load(language, [...this.#namespaces]);
    this.#templates.clear();
    this.#instance = createI18n(language, bundle);
    this.current = language;
    // t() reads only the version when its template is cached: this is what re-renders every text.
    this.#version++;
  }
}

/** Fills "{{name}}" placeholders, as i18next does with escapeValue off (see createI18n). */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
