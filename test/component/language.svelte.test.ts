// Switching language re-renders every text, including those t() served from
// its cache. Runes, so this file is compiled by Svelte (.svelte.test.ts).
import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import { LanguageState } from '../../src/lib/state/language.svelte.ts';

describe('switching language', () => {
  it('re-renders texts read from the cache, there and back again', async () => {
    const bundles = { sv: readLocaleBundle('sv'), en: readLocaleBundle('en') };
    const state = new LanguageState('sv', bundles.sv, async (language) => bundles[language]);
    const seen: string[] = [];
    const cleanup = $effect.root(() => {
      // Two texts with the same key: the second is served from the cache.
      $effect(() => {
        state.t('app.switchLanguage');
      });
      $effect(() => {
        seen.push(state.t('app.switchLanguage'));
      });
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    await state.set('en');
    await settle();
    await state.set('sv');
    await settle();
    cleanup();
    expect(seen).toEqual(['English', 'Svenska', 'English']);
  });

  it('re-renders, when a namespace arrives, the texts that read it and no other', async () => {
    const bundles = { sv: readLocaleBundle('sv'), en: readLocaleBundle('en') };
    const load = async (language: 'sv' | 'en', namespaces: readonly string[]) =>
      Object.fromEntries(namespaces.map((namespace) => [namespace, bundles[language][namespace]]));
    const state = new LanguageState('sv', await load('sv', ['ui', 'rules']), load);
    const runs = { ui: 0, predict: 0 };
    const seen: string[] = [];
    const cleanup = $effect.root(() => {
      $effect(() => {
        state.t('app.heading');
        state.list('app.howToRead');
        runs.ui++;
      });
      $effect(() => {
        seen.push(state.t('predict:skipToQuestion'));
        runs.predict++;
      });
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    await state.ensure('predict', 'classroom');
    await settle();
    cleanup();
    // Before: i18next's answer for a key it lacks; after: the text.
    expect(seen).toEqual(['skipToQuestion', bundles.sv.predict.skipToQuestion]);
    expect(runs).toEqual({ ui: 1, predict: 2 });
  });
});

