// A number with its unit, as a reader sees it: a share as a percentage, a
// fee in kronor, a ratio with two decimals. One place decides how every
// parameter, formula term and clinic input is shown.

import type { Unit } from '../rules/types.ts';
import type { TermUnit } from '../engine/formulas.ts';
import { formatNumber, formatPercent, formatSek, formatSekShort, type Language } from './numbers.ts';
import type { Translate } from './translate.ts';

export type DisplayUnit = Unit | TermUnit;

/** The bare number, without its unit words. */
export function formatBare(value: number, unit: DisplayUnit, language: Language): string {
  switch (unit) {
    case 'SEK':
    case 'SEK/year':
      return formatSekShort(value, language);
    case 'SEK/patient/year':
    case 'SEK/visit':
    case 'SEK/weekly-hour/year':
      return formatSek(value, language);
    case 'share':
      return formatPercent(value, language, Number.isInteger(Math.round(value * 1000) / 10) ? 0 : 1);
    case 'ratio':
    case 'weight':
    case 'factor':
      return formatNumber(value, language, 2);
    case 'visits/patient/year':
      return formatNumber(value, language, value < 1 ? 2 : 1);
    default:
      return formatNumber(value, language, Number.isInteger(value) ? 0 : 1);
  }
}

/** The number with its unit in words, e.g. "4 kr per listed patient a year". */
export function formatWithUnit(value: number, unit: DisplayUnit, language: Language, t: Translate): string {
  return t(`rules:units.${unit}`, { value: formatBare(value, unit, language) });
}
