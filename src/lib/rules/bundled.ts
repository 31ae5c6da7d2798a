// The rule sets as the browser build carries them: the files that parse, and
// the build's verdict on the rule sets that failed its checks (see
// scripts/vite-rules-plugin.ts). A broken rule set is named on the page, and
// every other one keeps working.

import { files, broken, hashes } from 'virtual:vardpengen/rules';
import { loadCatalog, type Catalog, type SourcesFile } from './catalog.ts';
import { mergeRuleTexts } from './texts.ts';
import sources from '../../../rules/sources.json';

let catalog: Catalog | undefined;

export function bundledCatalog(): Catalog {
  catalog ??= loadCatalog(files, sources as SourcesFile, undefined, broken, hashes);
  return catalog;
}

let texts: Promise<void> | undefined;

/**
 * The rule files' prose (quotes, notes, reasons), merged into the catalog once: the first view
 * carries only the figures, and the panels that show the prose load it before they render.
 */
export function loadRuleTexts(): Promise<void> {
  texts ??= import('virtual:vardpengen/rule-texts').then(
    (module) => mergeRuleTexts(bundledCatalog(), module.texts),
    (error: unknown) => {
      texts = undefined; // a failed chunk (a deploy in between) is tried again next time
      throw error;
    },
  );
  return texts;
}
