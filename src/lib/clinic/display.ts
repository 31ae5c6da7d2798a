// How a clinic input is shown beside its slider: shares as percentages
// (62 rather than 0.62), counts as whole numbers.

import type { ClinicField } from './fields.ts';
import { formatNumber, formatPercent, type Language } from '../format/numbers.ts';

export function toDisplayNumber(field: ClinicField, value: number): number {
  return field.format === 'percent' ? Math.round(value * 1000) / 10 : value;
}

export function fromDisplayNumber(field: ClinicField, shown: number): number {
  return field.format === 'percent' ? shown / 100 : shown;
}

export function displayBounds(field: ClinicField): { min: number; max: number; step: number } {
  const scale = field.format === 'percent' ? 100 : 1;
  return { min: field.min * scale, max: field.max * scale, step: Math.round(field.step * scale * 1000) / 1000 };
}

/** The value in words' number part: "62 %", "5,8", "10 000". */
export function formatFieldValue(field: ClinicField, value: number, language: Language): string {
  switch (field.format) {
    case 'percent':
      // The age shares move in tenths of a per cent (the region's mix is 6.5, 9.2 and 6.6 %): show the tenth when there is one.
      return formatPercent(value, language, Number.isInteger(Math.round(value * 1000) / 10) ? 0 : 1);
    case 'decimal1':
      return formatNumber(value, language, 1);
    case 'decimal2':
      return formatNumber(value, language, 2);
    default:
      return formatNumber(value, language);
  }
}
