// The page's t() reads each template once and fills it itself; it must say
// exactly what i18next says, for every text in both languages.
import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import { createI18n } from '../../src/lib/i18n/create.ts';
import { LanguageState } from '../../src/lib/state/language.svelte.ts';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

describe.each(['sv', 'en'] as const)('t() in %s', (language) => {
  const bundle = readLocaleBundle(language);
  const state = new LanguageState(language, bundle, async () => ({}));
  const i18next = createI18n(language, bundle);

  it('gives what i18next gives, for every key, with and without values', () => {
    let checked = 0;
    for (const [namespace, strings] of Object.entries(bundle)) {
      for (const [path, template] of leaves(strings)) {
        const key = namespace === 'ui' ? path : `${namespace}:${path}`;
        const names = [...template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]);
        const values = Object.fromEntries(names.map((name, i) => [name, `«${name}${i}»`]));
        expect(state.t(key, values), key).toBe(i18next.t(key, values));
        if (!names.length) expect(state.t(key), key).toBe(i18next.t(key));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('falls back to i18next for a missing key', () => {
    expect(state.t('no.such.key')).toBe(i18next.t('no.such.key'));
  });
});
