// The table of every link parameter on the teachers' page, generated from
// the lists the address parser itself reads (src/lib/url/codec.ts,
// src/lib/url/embed.ts, src/lib/clinic/fields.ts), so a new panel, theme,
// question or clinic input appears in the table without anyone writing it.

import { displayBounds } from '../clinic/display.ts';
import { CLINIC_FIELDS, type ClinicFieldId } from '../clinic/fields.ts';
import { LANGUAGES } from '../format/numbers.ts';
import { PREDICT_QUESTIONS } from '../predict/target.ts';
import { MAX_COMPARISONS } from '../state/scenario.svelte.ts';
import { THEMES } from '../state/theme.svelte.ts';
import { FIELD_URL_KEYS } from '../url/codec.ts';
import { CLASSROOM_FLAGS, EMBED_FLAGS, PANELS } from '../url/embed.ts';

export type ParamValues =
  /** One of these. */
  | { kind: 'oneOf'; items: readonly string[] }
  /** Any of these, comma-separated. */
  | { kind: 'listOf'; items: readonly string[]; max?: number }
  /** A number from min to max, in steps of step (shares as percentages). */
  | { kind: 'number'; min: number; max: number; step: number }
  /** 1 turns it on. */
  | { kind: 'flag' };

export interface ParamRow {
  key: string;
  values: ParamValues;
  /** A clinic input's id (its label is the slider's); otherwise the key describes itself (teachers:params.<key>). */
  field?: ClinicFieldId;
}

/** Every parameter the explainer's address reads, with what it allows. `ruleSets`: the rule sets' ids. */
export function linkParameters(ruleSets: readonly string[]): ParamRow[] {
  return [
    { key: 'lang', values: { kind: 'oneOf', items: LANGUAGES } },
    { key: 'theme', values: { kind: 'oneOf', items: THEMES } },
    { key: 'base', values: { kind: 'oneOf', items: ruleSets } },
    { key: 'cmp', values: { kind: 'listOf', items: ruleSets, max: MAX_COMPARISONS } },
    { key: 'predict', values: { kind: 'oneOf', items: PREDICT_QUESTIONS } },
    ...CLASSROOM_FLAGS.map((key): ParamRow => ({ key, values: { kind: 'flag' } })),
    { key: 'embed', values: { kind: 'flag' } },
    { key: 'panels', values: { kind: 'listOf', items: PANELS } },
    ...EMBED_FLAGS.map((key): ParamRow => ({ key, values: { kind: 'flag' } })),
    ...CLINIC_FIELDS.map((field): ParamRow => {
      const { min, max, step } = displayBounds(field);
      return { key: FIELD_URL_KEYS[field.id], values: { kind: 'number', min, max, step }, field: field.id };
    }),
  ];
}
