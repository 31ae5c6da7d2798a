// The page translates plain templates itself and hands anything more to i18next
// (src/lib/i18n/strings.ts). Every key of every locale file must read the same
// either way, with and without values, with a count, and with values missing.

import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import type { Language } from '../../src/lib/format/numbers.ts';
import { createI18n, translator, type LocaleBundle } from '../../src/lib/i18n/create.ts';
import { Strings, fill, needsI18next, prepareFor } from '../../src/lib/i18n/strings.ts';

/** Every key path that holds a string, as "namespace:a.b.c", and every one that holds a list. */
function keysOf(bundle: LocaleBundle): { strings: string[]; lists: string[] } {
  const strings: string[] = [];
  const lists: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') strings.push(path);
    else if (Array.isArray(value)) lists.push(path);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) visit(inner, path.endsWith(':') ? path + key : `${path}.${key}`);
  };
  for (const [namespace, strings] of Object.entries(bundle)) visit(strings, `${namespace}:`);
  return { strings, lists };
}

const placeholders = (template: string) => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]);

describe.each(['sv', 'en'] as Language[])('the %s strings', (language) => {
  const bundle = readLocaleBundle(language);
  const strings = new Strings(language, bundle);
  const i18next = translator(createI18n(language, bundle));
  const { strings: keys, lists } = keysOf(bundle);

  it('need nothing of i18next beyond a lookup and "{{name}}", so the page needs no i18next', () => {
    expect(needsI18next(bundle)).toBe(false);
  });

  it('read as i18next reads them, key by key, with every value, a count, and values missing', () => {
    expect(keys.length).toBeGreaterThan(500);
    for (const key of keys) {
      const names = placeholders(String(strings.lookup(key)));
      const values = Object.fromEntries(names.map((name, index) => [name, index % 2 ? `«${name}»` : index * 1000 + 0.5]));
      expect(strings.t(key), key).toBe(i18next(key));
      expect(strings.t(key, values), key).toBe(i18next(key, values));
      expect(strings.t(key, { ...values, count: 2 }), key).toBe(i18next(key, { ...values, count: 2 }));
      if (names.length) expect(strings.t(key, { [names[0]]: '$1 {{x}}' }), key).toBe(i18next(key, { [names[0]]: '$1 {{x}}' }));
    }
    // A key with no namespace is in "ui".
    expect(strings.t('app.heading')).toBe(i18next('ui:app.heading'));
  });

  it('give lists as i18next gives them with returnObjects', () => {
    const instance = createI18n(language, bundle);
    expect(lists.length).toBeGreaterThan(0);
    for (const key of lists) expect(strings.list(key), key).toEqual(instance.t(key, { returnObjects: true }));
    expect(strings.list('app.heading')).toEqual([]);
  });

  it('show a missing key as i18next does: the key without its namespace', () => {
    for (const key of ['app.noSuchKey', 'rules:no.such.key', 'nosuchnamespace:x']) expect(strings.t(key)).toBe(i18next(key));
  });
});

describe('a bundle that uses more of i18next', () => {
  const nesting: LocaleBundle = { ui: { name: 'Vårdpengen', title: '$t(name) i {{year}}' } };
  const plural: LocaleBundle = { ui: { files_one: '{{count}} fil', files_other: '{{count}} filer', plain: 'vanlig {{x}}' } };
  const formatted: LocaleBundle = { ui: { amount: '{{value, number}}' } };
  const nested: LocaleBundle = { ui: { who: '{{user.name}}' } };
  const unescaped: LocaleBundle = { ui: { raw: '{{- html}}' } };

  it('is recognised, each way it can', () => {
    for (const bundle of [nesting, plural, formatted, nested, unescaped]) expect(needsI18next(bundle), JSON.stringify(bundle)).toBe(true);
    expect(needsI18next({ ui: { a: 'x {{ y }}', b: ['c', 'd {{e}}'] } })).toBe(false);
  });

  it('is translated by i18next once loaded, and reads exactly as i18next reads it', async () => {
    for (const bundle of [nesting, plural]) {
      await prepareFor(bundle);
      const strings = new Strings('sv', bundle);
      const i18next = translator(createI18n('sv', bundle));
      for (const [key, values] of [
        ['title', { year: 2026 }],
        ['files', { count: 1 }],
        ['files', { count: 3 }],
        ['plain', { x: 'y' }],
      ] as const)
        expect(strings.t(key, values)).toBe(i18next(key, values));
    }
    expect(new Strings('sv', nesting).t('title', { year: 2026 })).toBe('Vårdpengen i 2026');
    expect(new Strings('sv', plural).t('files', { count: 1 })).toBe('1 fil');
  });
});

describe('fill', () => {
  it('fills each placeholder it has a value for and leaves the others', () => {
    expect(fill('{{a}} och {{ b }} men {{c}}', { a: 1, b: 'två' })).toBe('1 och två men {{c}}');
  });
});
