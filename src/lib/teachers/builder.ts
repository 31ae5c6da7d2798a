// What the link builder needs in the page, worked out at build time (rule
// names, presets, panels and its strings in the page's language) and handed
// to the browser as data, so the page loads neither the rule sets nor i18next.

import { displayBounds } from '../clinic/display.ts';
import { FIELD_BY_ID } from '../clinic/fields.ts';
import { PRESETS } from '../clinic/presets.ts';
import { ruleSetName } from '../format/explain.ts';
import { LANGUAGES, type Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import { PREDICT_QUESTIONS, type PredictQuestion } from '../predict/target.ts';
import type { Catalog } from '../rules/catalog.ts';
import { MAX_COMPARISONS } from '../state/scenario.svelte.ts';
import { PANELS, type PanelId } from '../url/embed.ts';
import { linkContext } from './context.ts';
import { MAIN_FIELDS, type LinkContext, type MainField } from './link.ts';

export interface Option<T extends string = string> {
  id: T;
  name: string;
}

export interface BuilderField {
  id: MainField;
  label: string;
  min: number;
  max: number;
  step: number;
  /** Shown as a percentage (the stored share × 100). */
  percent: boolean;
}

export const BUILDER_STRINGS = ['heading', 'intro', 'rules', 'baseline', 'clinic', 'preset', 'panels', 'panelsHint', 'language', 'classroom', 'lock', 'projector', 'question', 'noQuestion', 'link', 'copy', 'copied', 'open', 'qr', 'qrTooLong'] as const;

export interface BuilderData {
  language: Language;
  /** The site's root path (Vite's base); the page puts its origin in front. */
  base: string;
  ruleSets: Option[];
  presets: Option[];
  panels: Option<PanelId>[];
  languages: Option<Language>[];
  questions: Option<PredictQuestion>[];
  fields: BuilderField[];
  maxComparisons: number;
  context: LinkContext;
  strings: Record<(typeof BUILDER_STRINGS)[number] | 'comparisons', string>;
}

export function builderData(catalog: Catalog, t: Translate, language: Language, base: string): BuilderData {
  return {
    language,
    base,
    ruleSets: catalog.ruleSets.map((r) => ({ id: r.id, name: ruleSetName(r, t) })),
    presets: PRESETS.map((p) => ({ id: p.id, name: t(`clinic.presets.${p.id}.name`) })),
    panels: PANELS.map((id) => ({ id, name: t(`share:panelNames.${id}`) })),
    languages: LANGUAGES.map((id) => ({ id, name: t(`share:languages.${id}`) })),
    questions: PREDICT_QUESTIONS.map((id) => ({ id, name: t(`teachers:builder.questions.${id}`) })),
    fields: MAIN_FIELDS.map((id) => {
      const field = FIELD_BY_ID[id];
      return { id, label: t(`clinic.fields.${id}.label`), ...displayBounds(field), percent: field.format === 'percent' };
    }),
    maxComparisons: MAX_COMPARISONS,
    context: linkContext(),
    strings: {
      ...(Object.fromEntries(BUILDER_STRINGS.map((key) => [key, t(`teachers:builder.${key}`)])) as Record<(typeof BUILDER_STRINGS)[number], string>),
      comparisons: t('teachers:builder.comparisons', { count: MAX_COMPARISONS }),
    },
  };
}
