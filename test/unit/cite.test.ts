// "Cite this": the citation of a view in plain text and in an APA-like form,
// in Swedish and in English.
import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import type { Language } from '../../src/lib/format/numbers.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';
import { citation, isoDay, longDate, type CitationInput } from '../../src/lib/newsroom/cite.ts';

const t = (language: Language) => translator(createI18n(language, readLocaleBundle(language)));
const URL = 'https://vardpengen.example.org/?listed=12000&cmp=proposal-l-2022,stockholm-2026';

function input(language: Language): CitationInput {
  return {
    language,
    ruleSets: [
      { id: 'stockholm-2022', name: 'Stockholm 2022', updated: '2026-11-29', contentHash: '60f703d4' },
      { id: 'proposal-l-2022', name: language === 'sv' ? 'Liberalernas förslag (2022)' : "Liberalerna's proposal (2022)", updated: '2026-11-20', contentHash: 'a36262fd' },
      { id: 'stockholm-2026', name: 'Stockholm 2026', updated: '2026-11-29', contentHash: '2ba6d003' },
    ],
    listedPatients: 12000,
    accessed: '2027-02-03',
    url: URL,
  };
}

describe('a citation of the view', () => {
  it('in Swedish: the view, every rule set with its version and hash, the date read and the link', () => {
    const { plain, apa } = citation(input('sv'), t('sv'));
    expect(plain).toBe(
      'Vårdpengen: Vad en vårdcentral med 12\u00a0000 listade patienter får betalt enligt Stockholm 2022, Liberalernas förslag (2022) och Stockholm 2026. ' +
        'Regelverk: Stockholm 2022 (stockholm-2022, version 2026-11-29, innehållshash 60f703d4); ' +
        'Liberalernas förslag (2022) (proposal-l-2022, version 2026-11-20, innehållshash a36262fd); ' +
        'Stockholm 2026 (stockholm-2026, version 2026-11-29, innehållshash 2ba6d003). ' +
        `Hämtad 2027-02-03. ${URL}`,
    );
    expect(apa).toBe(
      'Vårdpengen. (u.å.). Vad en vårdcentral med 12\u00a0000 listade patienter får betalt enligt Stockholm 2022, Liberalernas förslag (2022) och Stockholm 2026 ' +
        '[Interaktiv modell; regelverk: Stockholm 2022, version 2026-11-29, 60f703d4; Liberalernas förslag (2022), version 2026-11-20, a36262fd; Stockholm 2026, version 2026-11-29, 2ba6d003]. ' +
        `Hämtad 3 februari 2027 från ${URL}`,
    );
  });

  it('in English, with an APA date', () => {
    const { plain, apa } = citation(input('en'), t('en'));
    expect(plain).toBe(
      "Vårdpengen: What a clinic with 12,000 listed patients is paid under Stockholm 2022, Liberalerna's proposal (2022) and Stockholm 2026. " +
        'Rules: Stockholm 2022 (stockholm-2022, version of 2026-11-29, content hash 60f703d4); ' +
        "Liberalerna's proposal (2022) (proposal-l-2022, version of 2026-11-20, content hash a36262fd); " +
        'Stockholm 2026 (stockholm-2026, version of 2026-11-29, content hash 2ba6d003). ' +
        `Accessed 2027-02-03. ${URL}`,
    );
    expect(apa).toBe(
      "Vårdpengen. (n.d.). What a clinic with 12,000 listed patients is paid under Stockholm 2022, Liberalerna's proposal (2022) and Stockholm 2026 " +
        "[Interactive model; rules: Stockholm 2022, version of 2026-11-29, 60f703d4; Liberalerna's proposal (2022), version of 2026-11-20, a36262fd; Stockholm 2026, version of 2026-11-29, 2ba6d003]. " +
        `Retrieved February 3, 2027, from ${URL}`,
    );
  });

  it('names a single rule set on its own', () => {
    const one = { ...input('en'), ruleSets: input('en').ruleSets.slice(0, 1) };
    expect(citation(one, t('en')).plain).toMatch(/^Vårdpengen: What a clinic with 12,000 listed patients is paid under Stockholm 2022\. Rules: Stockholm 2022 \(/);
  });

  it('ends with the link itself, never a full stop that would break it', () => {
    for (const language of ['sv', 'en'] as const) {
      const { plain, apa } = citation(input(language), t(language));
      expect(plain.endsWith(URL)).toBe(true);
      expect(apa.endsWith(URL)).toBe(true);
    }
  });
});

describe('dates', () => {
  it('writes a day in words in each language, whatever the time zone', () => {
    expect(longDate('2027-02-03', 'sv')).toBe('3 februari 2027');
    expect(longDate('2027-02-03', 'en')).toBe('February 3, 2027');
    expect(longDate('2026-12-31', 'sv')).toBe('31 december 2026');
  });

  it('takes the local calendar day of a moment', () => {
    expect(isoDay(new Date(2027, 1, 3, 23, 59))).toBe('2027-02-03');
    expect(isoDay(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });
});
