// One language's loaded strings, and how a key becomes text.
//
// Almost every string is a plain template: a lookup by namespace and key path,
// then "{{name}}" filled in. For those, i18next's answer is exactly that lookup
// and that replace (test/unit/strings.test.ts checks every key of every
// locale file against i18next), so the page does them itself and i18next's
// code, about 15 kB gzip, stays out of its first view (issue "Interactive at
// once on a phone…"). A bundle that uses anything more (nesting with $t(…),
// plurals or contexts by key suffix, formats, unescaped or nested
// placeholders) is handed to i18next whole, and loadBundle() (bundles.ts)
// loads i18next before it returns such a bundle.

import type { i18n } from 'i18next';
import type { Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import type { LocaleBundle } from './create.ts';

/** Makes an i18next instance for a bundle: createI18n from create.ts, once that module is loaded. */
export type I18nextFactory = (language: Language, bundle: LocaleBundle) => i18n;

let loadedFactory: I18nextFactory | undefined;

/** Loads i18next (create.ts, a chunk of its own in the browser) when a bundle needs it. */
export async function prepareFor(bundle: LocaleBundle): Promise<void> {
  if (loadedFactory || !needsI18next(bundle)) return;
  loadedFactory = (await import('./create.ts')).createI18n;
}

/** Key suffixes by which i18next picks a plural form or a context when it is given count or context. */
const SUFFIXED_KEY = /_(zero|one|two|few|many|other|ordinal_\w+|male|female)$/;
/** A placeholder this module fills: "{{name}}", a bare name, spaces allowed. */
const PLAIN_PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function isPlainTemplate(value: string): boolean {
  return !value.includes('$t(') && !value.replace(PLAIN_PLACEHOLDER, '').includes('{{');
}

/** True when a bundle uses anything of i18next beyond a lookup and "{{name}}". */
export function needsI18next(bundle: LocaleBundle): boolean {
  const visit = (value: unknown, key: string): boolean => {
    if (SUFFIXED_KEY.test(key)) return true;
    if (typeof value === 'string') return !isPlainTemplate(value);
    if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => visit(v, k));
    return false;
  };
  return Object.values(bundle).some((strings) => visit(strings, ''));
}

export class Strings {
  readonly #bundle: LocaleBundle;
  /** Only for a bundle that needs it. */
  readonly #i18next?: i18n;

  constructor(
    readonly language: Language,
    bundle: LocaleBundle,
  ) {
    this.#bundle = bundle;
    if (needsI18next(bundle)) {
      if (!loadedFactory) throw new Error('These strings need i18next: load them with loadBundle(), which loads it first.');
      this.#i18next = loadedFactory(language, bundle);
    }
  }

  get namespaces(): string[] {
    return Object.keys(this.#bundle);
  }

  /** These strings and another bundle's namespaces of the same language. */
  adding(bundle: LocaleBundle): Strings {
    return new Strings(this.language, { ...this.#bundle, ...bundle });
  }

  /** The value at a key ("ui" is the default namespace): a template, a list, or undefined. */
  lookup(key: string): unknown {
    const separator = key.indexOf(':');
    const namespace = separator < 0 ? 'ui' : key.slice(0, separator);
    let value: unknown = this.#bundle[namespace];
    for (const part of (separator < 0 ? key : key.slice(separator + 1)).split('.')) {
      if (!value || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  }

  /**
   * Each key's template, looked up once: the page asks for the same few hundred texts on every
   * render. null: only i18next can answer, or the key is missing.
   */
  readonly #templates = new Map<string, string | null>();

  template(key: string): string | null {
    let template = this.#templates.get(key);
    if (template === undefined) {
      const value = this.lookup(key);
      const plain = typeof value === 'string' && !(this.#i18next && !isPlainTemplate(value));
      this.#templates.set(key, (template = plain ? (value as string) : null));
    }
    return template;
  }

  t: Translate = (key, values) => {
    const template = this.template(key);
    if (template !== null && !(this.#i18next && values && 'count' in values)) return values ? fill(template, values) : template;
    if (this.#i18next) return this.#i18next.t(key, values as Record<string, unknown>) as string;
    // A missing key: i18next's answer, the key without its namespace (so a gap shows, and says where).
    return key.slice(key.indexOf(':') + 1);
  };

  /** Arrays of strings, e.g. a list of paragraphs; [] when the key holds none. */
  list(key: string): string[] {
    if (this.#i18next) {
      const value = this.#i18next.t(key, { returnObjects: true }) as unknown;
      return Array.isArray(value) ? (value as string[]) : [];
    }
    const value = this.lookup(key);
    return Array.isArray(value) ? (value as string[]) : [];
  }
}

/** Fills "{{name}}" placeholders, as i18next does with escapeValue off (see createI18n); a value not given leaves its placeholder. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(PLAIN_PLACEHOLDER, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
