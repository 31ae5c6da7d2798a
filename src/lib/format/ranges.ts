// A result's range in words: "SEK 26.2m to SEK 31.9m" beside a total, and a
// difference that says a gain or a loss only when its whole range lies on
// one side of zero; otherwise it is "unclear".

import { differenceDirection } from '../engine/direction.ts';
import type { ValueRange } from '../engine/range.ts';
import { formatSekShort, type Language } from './numbers.ts';
import type { Translate } from './translate.ts';
import { parameterName } from './explain.ts';

/** True when the range says anything: its ends differ from the value by at least a krona. */
export function hasSpread(range: Pick<ValueRange, 'low' | 'high'> | undefined): range is ValueRange {
  return !!range && range.high - range.low >= 1;
}

/** A range's ends are rough by nature: two significant figures, so they claim no precision they lack. */
export function roughly(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

export function totalRangeText(range: ValueRange, language: Language, t: Translate): string {
  // As precise as the total beside it (millions to one decimal), no more.
  return t('ranges.total', { low: formatSekShort(range.low, language), high: formatSekShort(range.high, language) });
}

/**
 * A difference and its range, as a headline ("Unclear: +SEK 40,000 against the baseline") and the
 * range in words, with whether it is a gain, a loss or unclear.
 */
export function differenceRangeText(
  range: ValueRange,
  language: Language,
  t: Translate,
): { head: string; text: string; direction: ReturnType<typeof differenceDirection> } {
  const signed = (value: number) => formatSekShort(value, language, { signed: true });
  const direction = differenceDirection(range);
  const values = { value: signed(range.value), low: signed(roughly(range.low)), high: signed(roughly(range.high)) };
  return { head: t('ranges.unclearHead', values), text: t(direction === 'unclear' ? 'ranges.unclear' : 'ranges.known', values), direction };
}

/** One row of the ranking of what moves a difference most. */
export interface SwingRow {
  key: string;
  name: string;
  definedIn: string;
  /** The figure's own range, in words. */
  atLow: number;
  atHigh: number;
  illustrative: boolean;
}

export function swingRows(range: ValueRange, t: Translate, limit = 6): SwingRow[] {
  return range.effects.slice(0, limit).map((effect) => ({
    key: effect.swing.key,
    name: parameterName(effect.swing.parameter, t),
    definedIn: effect.swing.definedIn,
    atLow: effect.atLow,
    atHigh: effect.atHigh,
    illustrative: effect.swing.illustrative,
  }));
}
