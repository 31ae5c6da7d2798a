import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, suggestedHeight } from '../../src/lib/embed/snippet.ts';
import { parsePageUrl } from '../../src/lib/url/codec.ts';
import { catalog } from '../helpers/rules.ts';

const context = { isKnownRuleSet: (id: string) => !!catalog.get(id), defaultLanguage: 'sv' as const };
const hashes = Object.fromEntries(catalog.ruleSets.map((r) => [r.id, r.contentHash]));

describe('embed code', () => {
  it('links to the current view in embed mode, with its panels, language, theme and pinned rules', () => {
    const { state } = parsePageUrl('?listed=12000&cmp=stockholm-2026', context);
    const url = embedUrl('https://example.org/vardpengen/', state, { panels: ['totals', 'continuity'], language: 'en', theme: 'dark', pin: true }, hashes, 'sv');
    const back = parsePageUrl(new URL(url).search, context).state;
    expect(back.embed).toMatchObject({ enabled: true, panels: ['totals', 'continuity'] });
    expect(back.embed.pins).toEqual({ 'stockholm-2022': hashes['stockholm-2022'], 'stockholm-2026': hashes['stockholm-2026'] });
    expect(back.scenario.clinic.listedPatients).toBe(12000);
    expect(back.language).toBe('en');
    expect(back.theme).toBe('dark');
    expect(url.startsWith('https://example.org/vardpengen/?')).toBe(true);
  });

  it('leaves the pins out when asked not to pin', () => {
    const { state } = parsePageUrl('', context);
    const url = embedUrl('https://example.org/', state, { panels: ['totals'], language: 'sv', theme: 'auto', pin: false }, hashes, 'sv');
    expect(url).not.toContain('pin=');
    expect(url).toBe('https://example.org/?embed=1&panels=totals');
  });

  it('asks for plain=1 and transparent=1 when chosen', () => {
    const { state } = parsePageUrl('', context);
    const choices = { panels: ['totals' as const], language: 'sv' as const, theme: 'auto' as const, pin: false };
    expect(embedUrl('https://example.org/', state, { ...choices, plain: true, transparent: true }, hashes, 'sv')).toBe(
      'https://example.org/?embed=1&panels=totals&plain=1&transparent=1',
    );
    expect(embedUrl('https://example.org/', state, { ...choices, transparent: true }, hashes, 'sv')).toBe('https://example.org/?embed=1&panels=totals&transparent=1');
  });

  it('writes a titled, lazy, full-width iframe and the sizing script, escaping what it quotes', () => {
    const code = embedCode({ src: 'https://example.org/?embed=1&panels=totals', scriptSrc: 'https://example.org/embed.js', title: 'Vårdpengen: "pay"', height: 320 });
    expect(code).toBe(
      '<iframe src="https://example.org/?embed=1&amp;panels=totals" title="Vårdpengen: &quot;pay&quot;" loading="lazy" width="100%" height="320" style="width:100%;border:0" data-vardpengen></iframe>\n' +
        '<script src="https://example.org/embed.js" async></script>',
    );
  });

  it('suggests a starting height from the panels', () => {
    expect(suggestedHeight(['totals'])).toBe(320);
    expect(suggestedHeight(['totals', 'clinic', 'change'])).toBe(2120);
    expect(suggestedHeight(['totals', 'clinic', 'rules', 'components', 'change', 'continuity', 'sweep', 'why', 'changed', 'sources'])).toBe(3000);
  });
});
