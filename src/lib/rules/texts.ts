// The prose of the rule files — quotes, glosses, notes, reasons, range
// reasons, what is not modelled — is most of their bytes and none of their
// arithmetic. The browser build carries the figures in the first view and
// this prose in a chunk of its own, loaded with the panels that show it
// ("Why these amounts", "What changed"). Splitting and merging happen by
// each definition's file and JSON path, the same path problems are named by.

import type { Catalog } from './catalog.ts';
import { childPath } from './errors.ts';
import type { Bilingual, ParameterDefinition, RuleSetChanges, RuleSetFile } from './types.ts';

/** The prose of one parameter definition. */
export interface ParameterTexts {
  provenance?: { quote?: string; gloss?: string; note?: Bilingual; reason?: Bilingual };
  rangeReason?: Bilingual;
}

/** A file's prose, by the JSON path of the definition (or not-modelled item) it belongs to. */
export interface RuleFileTexts {
  parameters: Record<string, ParameterTexts>;
  notModelled: Record<string, Bilingual>;
}

const PROVENANCE_TEXTS = ['quote', 'gloss', 'note', 'reason'] as const;

/** The file without its prose, and the prose. The input is not changed. */
export function splitRuleTexts(data: RuleSetFile): { figures: RuleSetFile; texts: RuleFileTexts } {
  const figures = structuredClone(data);
  const texts: RuleFileTexts = { parameters: {}, notModelled: {} };
  const strip = (changes: RuleSetChanges, base: string) => {
    for (const [id, definition] of Object.entries(changes.parameters ?? {})) {
      const own = stripParameter(definition);
      if (own) texts.parameters[childPath(childPath(base, 'parameters'), id)] = own;
    }
    (changes.notModelled ?? []).forEach((item, index) => {
      texts.notModelled[childPath(childPath(base, 'notModelled'), index)] = item.text;
      (item as { text?: Bilingual }).text = undefined;
    });
  };
  strip(figures, '$');
  for (const [variant, changes] of Object.entries(figures.variants ?? {})) strip(changes, childPath('$.variants', variant));
  return { figures, texts };
}

function stripParameter(definition: ParameterDefinition): ParameterTexts | null {
  const texts: ParameterTexts = {};
  const provenance = definition.provenance as unknown as Record<string, unknown>;
  for (const key of PROVENANCE_TEXTS) {
    if (provenance[key] !== undefined) {
      (texts.provenance ??= {})[key] = provenance[key] as never;
      delete provenance[key];
    }
  }
  if (definition.rangeReason) {
    texts.rangeReason = definition.rangeReason;
    delete definition.rangeReason;
  }
  return texts.provenance || texts.rangeReason ? texts : null;
}

/**
 * Puts the prose back into a catalog loaded from the figures alone. Provenance objects are shared
 * between a definition, every rule set that resolves it and every compiled result, so one
 * assignment reaches them all.
 */
export function mergeRuleTexts(catalog: Catalog, textsByFile: Readonly<Record<string, RuleFileTexts>>): void {
  for (const ruleSet of catalog.ruleSets) {
    for (const parameter of Object.values(ruleSet.parameters)) {
      const texts = textsByFile[parameter.file]?.parameters[parameter.path];
      if (!texts) continue;
      if (texts.provenance) Object.assign(parameter.provenance, texts.provenance);
      if (texts.rangeReason) parameter.rangeReason = texts.rangeReason;
    }
    for (const item of ruleSet.notModelled) {
      const text = item.file && item.path ? textsByFile[item.file]?.notModelled[item.path] : undefined;
      if (text) item.text = text;
    }
  }
}
