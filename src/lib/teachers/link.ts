// The teachers' link builder's logic: the choices a teacher makes (rules,
// clinic, panels, language, lock, projector, a question) become the
// explainer's address. It writes the query as the explainer's own writer does
// (serializePageUrl, src/lib/url/codec.ts; a unit test holds the two equal),
// but from plain data (LinkContext, made at build time by linkContext()), so
// the teachers' page does not bring the explainer's state modules with it.
// No DOM: the page, the prerenderer and the tests call it.

import { displayBounds, toDisplayNumber } from '../clinic/display.ts';
import { CLINIC_FIELDS, defaultClinic, type Clinic, type ClinicFieldId } from '../clinic/fields.ts';
import type { Language } from '../format/numbers.ts';
import type { PredictQuestion } from '../predict/target.ts';
import { EXPLAINER_PAGES, QUESTION_PAGES } from '../url/pages.ts';

/** The clinic's main inputs, which the builder offers beside the presets. */
export const MAIN_FIELDS = ['listedPatients', 'doctors', 'namedDoctorShare'] as const;
export type MainField = (typeof MAIN_FIELDS)[number];

/** What the builder needs to know of the explainer's address: its keys, defaults and lists. */
export interface LinkContext {
  /** The address's key for each clinic input (FIELD_URL_KEYS). */
  fieldKeys: Record<ClinicFieldId, string>;
  /** Each preset's clinic, by its id. */
  presets: Record<string, Clinic>;
  defaultBaseline: string;
  defaultComparisons: string[];
  maxComparisons: number;
  /** Every panel, in the order an embed lists them. */
  panels: string[];
}

export interface LinkChoices {
  baseline: string;
  comparisons: string[];
  /** A preset's id (src/lib/clinic/presets.ts); its clinic, with `clinic`'s main inputs over it. */
  preset: string;
  clinic: Partial<Pick<Clinic, MainField>>;
  /** The panels to show: none means the whole explainer, some an embed view of just those. */
  panels: string[];
  language: Language;
  lock: boolean;
  projector: boolean;
  predict: PredictQuestion | null;
}

export function defaultChoices(language: Language, context: LinkContext): LinkChoices {
  return {
    baseline: context.defaultBaseline,
    comparisons: [...context.defaultComparisons],
    preset: 'typical',
    clinic: {},
    panels: [],
    language,
    lock: true,
    projector: true,
    predict: null,
  };
}

/** The clinic the choices describe. */
export function chosenClinic(choices: LinkChoices, context: LinkContext): Clinic {
  return { ...(context.presets[choices.preset] ?? defaultClinic()), ...choices.clinic };
}

/** The comparisons the link carries: not the baseline, at most the explainer's maximum. */
export function chosenComparisons(choices: LinkChoices, context: LinkContext): string[] {
  return choices.comparisons.filter((id) => id !== choices.baseline).slice(0, context.maxComparisons);
}

/** The query ("?listed=12000&lock=1…", or "" for the default view), key for key as serializePageUrl writes it. */
export function linkQuery(choices: LinkChoices, context: LinkContext): string {
  const params = new URLSearchParams();
  const clinic = chosenClinic(choices, context);
  for (const field of CLINIC_FIELDS) {
    if (clinic[field.id] === field.default) continue;
    const decimals = (String(displayBounds(field).step).split('.')[1] ?? '').length;
    params.set(context.fieldKeys[field.id], String(Number(toDisplayNumber(field, clinic[field.id]).toFixed(decimals))));
  }
  const comparisons = chosenComparisons(choices, context);
  if (choices.baseline !== context.defaultBaseline) params.set('base', choices.baseline);
  if (comparisons.join(',') !== context.defaultComparisons.filter((id) => id !== choices.baseline).join(',')) params.set('cmp', comparisons.join(','));
  if (choices.predict) params.set('predict', choices.predict);
  if (choices.lock) params.set('lock', '1');
  if (choices.projector) params.set('projector', '1');
  const panels = context.panels.filter((p) => choices.panels.includes(p));
  if (panels.length) {
    params.set('embed', '1');
    params.set('panels', panels.join(','));
  }
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%7E', '~');
  return query ? `?${query}` : '';
}

/**
 * The link: the explainer's page in the chosen language (the question page when it asks a
 * question), with the scenario in its query. `site` is the site's root ("https://…/" or "/").
 */
export function buildLink(choices: LinkChoices, context: LinkContext, site: string): string {
  return `${site}${(choices.predict ? QUESTION_PAGES : EXPLAINER_PAGES)[choices.language]}${linkQuery(choices, context)}`;
}

/** The builder's form as the page reads it (FormData has this shape). */
export interface FormReading {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

/** The choices a filled-in builder form makes (its field names are the ones LinkBuilder.svelte gives). */
export function choicesFromForm(form: FormReading, context: LinkContext): LinkChoices {
  const text = (name: string) => String(form.get(name) ?? '');
  const clinic: LinkChoices['clinic'] = {};
  const preset = context.presets[text('preset')] ?? defaultClinic();
  for (const id of MAIN_FIELDS) {
    const field = CLINIC_FIELDS.find((f) => f.id === id)!;
    const shown = Number(text(id));
    if (text(id).trim() === '' || !Number.isFinite(shown)) continue;
    const { min, max } = displayBounds(field);
    const value = Math.min(max, Math.max(min, shown));
    const stored = field.format === 'percent' ? value / 100 : value;
    if (Math.abs(stored - preset[id]) > 1e-9) clinic[id] = stored;
  }
  const predict = text('predict');
  return {
    baseline: text('baseline') || context.defaultBaseline,
    comparisons: form.getAll('cmp').map(String),
    preset: text('preset') || 'typical',
    clinic,
    panels: form.getAll('panel').map(String),
    language: text('language') === 'en' ? 'en' : 'sv',
    lock: form.get('lock') !== null,
    projector: form.get('projector') !== null,
    predict: predict === 'pay' || predict === 'bonus' ? predict : null,
  };
}
