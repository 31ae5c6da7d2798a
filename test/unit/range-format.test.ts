import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import type { ValueRange } from '../../src/lib/engine/range.ts';
import { differenceRangeText, hasSpread, roughly, totalRangeText } from '../../src/lib/format/ranges.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';

const translate = translator(createI18n('en', readLocaleBundle('en')));
/** Numbers are formatted with no-break spaces; the expectations are written with plain ones. */
const t: typeof translate = (key, values) => translate(key, values).replace(/[\u00a0\u202f]/g, ' ');
const range = (value: number, low: number, high: number): ValueRange => ({ value, low, high, effects: [] });

describe('a range in words', () => {
  it('rounds a range\'s ends to two significant figures, since they claim no precision', () => {
    expect(roughly(487_015)).toBe(490_000);
    expect(roughly(-487_015)).toBe(-490_000);
    expect(roughly(26_159_206)).toBe(26_000_000);
    expect(roughly(0)).toBe(0);
  });

  it('calls a difference whose range crosses zero unclear, and one wholly above zero a known amount', () => {
    const unclear = differenceRangeText(range(40_000, -487_015, 743_692), 'en', t);
    expect(unclear.direction).toBe('unclear');
    expect(unclear.head).toBe('Unclear: +SEK 40,000 against the baseline');
    expect(unclear.text).toBe('From -SEK 490,000 to +SEK 740,000 over the figures no source gives: it may be a gain or a loss.');
    const gain = differenceRangeText(range(650_000, 200_000, 1_300_000), 'en', t);
    expect(gain.direction).toBe('gain');
    expect(gain.text).toBe('From +SEK 200,000 to +SEK 1.3m over the figures no source gives.');
  });

  it('shows a total\'s range only when it has one', () => {
    expect(hasSpread(range(10, 10, 10))).toBe(false);
    expect(hasSpread(range(10, 5, 20))).toBe(true);
    expect(totalRangeText(range(29_500_000, 26_159_206, 31_400_000), 'en', t)).toBe('Range: SEK 26.2m to SEK 31.4m');
  });
});
