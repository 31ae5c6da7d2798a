import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatSek, formatSekShort } from '../../src/lib/format/numbers.ts';
import { formatWithUnit } from '../../src/lib/format/values.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';
import { readLocaleBundle } from '../../src/cli/locales.ts';

const NBSP = '\u00a0';

describe('numbers for each language', () => {
  it('writes kronor the Swedish way in Swedish and with the currency code in English', () => {
    expect(formatSek(12345, 'sv')).toBe(`12${NBSP}345${NBSP}kr`);
    expect(formatSek(12345, 'en')).toBe(`SEK${NBSP}12,345`);
    expect(formatSek(-0.4, 'sv')).toBe(`0${NBSP}kr`);
    expect(formatSek(40000, 'sv', { signed: true })).toBe(`+40${NBSP}000${NBSP}kr`);
    expect(formatSek(0, 'en', { signed: true })).toBe(`SEK${NBSP}0`);
  });

  it('shortens millions to "mnkr" and "SEK …m"', () => {
    expect(formatSekShort(28_214_658, 'sv')).toBe(`28,2 mnkr`);
    expect(formatSekShort(28_214_658, 'en')).toBe('SEK 28.2m');
    expect(formatSekShort(1_234_567, 'sv', { signed: true })).toBe('+1,23 mnkr');
    expect(formatSekShort(-648_903, 'en')).toBe(`-SEK${NBSP}648,903`);
    expect(formatSekShort(3_050_000, 'en', { signed: true })).toBe('+SEK 3.05m');
    expect(formatSekShort(-12_345_678, 'en')).toBe('-SEK 12.3m');
  });

  it('writes shares as percentages, with a decimal only where one is needed', () => {
    expect(formatPercent(0.75, 'sv')).toBe(`75${NBSP}%`);
    expect(formatPercent(0.75, 'en')).toBe('75%');
    expect(formatNumber(1.15, 'sv', 2)).toBe('1,15');
    const t = translator(createI18n('sv', readLocaleBundle('sv')));
    expect(formatWithUnit(0.622, 'share', 'sv', t)).toBe(`62,2${NBSP}%`);
    expect(formatWithUnit(4, 'SEK/patient/year', 'sv', t)).toBe(`4${NBSP}kr per listad patient och år`);
  });
});
