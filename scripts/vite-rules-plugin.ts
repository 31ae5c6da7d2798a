// The rule sets as the browser build carries them: validated here, at build
// time, with the same checks the tests run (src/lib/rules/validation.ts), so
// the page's bundle carries neither the JSON Schema nor the validator. The
// page gets every file that parses (without indentation) and the verdict on
// every rule set the checks found broken: it names those and keeps the rest
// working, and the content hash of every rule set that works (which the
// page would otherwise spend its first moments computing).

import type { Plugin } from 'vite';
import { readRuleFiles, readSchema, readSources, RULES_DIRECTORY } from '../src/cli/rule-files.ts';
import { loadCatalog } from '../src/lib/rules/catalog.ts';
import { splitRuleTexts, type RuleFileTexts } from '../src/lib/rules/texts.ts';
import type { RuleSetFile } from '../src/lib/rules/types.ts';
import { fullValidation } from '../src/lib/rules/validation.ts';

export const RULES_MODULE = 'virtual:vardpengen/rules';
/** The rule files' prose, a chunk of its own (src/lib/rules/texts.ts). */
export const RULE_TEXTS_MODULE = 'virtual:vardpengen/rule-texts';
const RESOLVED = `\0${RULES_MODULE}`;
const RESOLVED_TEXTS = `\0${RULE_TEXTS_MODULE}`;

/** Every file that parses, split into its figures (compact JSON text) and its prose. */
function splitFiles() {
  return readRuleFiles().flatMap(({ file, text }) => {
    try {
      const { figures, texts } = splitRuleTexts(JSON.parse(text) as RuleSetFile);
      return [{ file, figures: JSON.stringify(figures), texts }];
    } catch {
      return []; // Not JSON: its problem is in `broken`.
    }
  });
}

export function rulesPlugin(): Plugin {
  return {
    name: 'vardpengen-rules',
    resolveId: (id) => (id === RULES_MODULE ? RESOLVED : id === RULE_TEXTS_MODULE ? RESOLVED_TEXTS : null),
    load(id) {
      if (id === RESOLVED_TEXTS) {
        const texts: Record<string, RuleFileTexts> = Object.fromEntries(splitFiles().map(({ file, texts }) => [file, texts]));
        return `export const texts = ${JSON.stringify(texts)};`;
      }
      if (id !== RESOLVED) return null;
      const files = readRuleFiles();
      for (const { file } of files) this.addWatchFile(`${RULES_DIRECTORY}${file}`);
      this.addWatchFile(`${RULES_DIRECTORY}sources.json`);
      this.addWatchFile(`${RULES_DIRECTORY}schema/rule-set.schema.json`);
      const catalog = loadCatalog(files, readSources(), fullValidation(readSchema()));
      // The catalog is checked whole; the page gets the figures now and the prose with the panels that show it.
      const compact = splitFiles().map(({ file, figures }) => ({ file, text: figures }));
      return [
        `export const files = ${JSON.stringify(compact)};`,
        `export const broken = ${JSON.stringify(catalog.broken)};`,
        `export const hashes = ${JSON.stringify(Object.fromEntries(catalog.ruleSets.map((r) => [r.id, r.contentHash])))};`,
      ].join('\n');
    },
  };
}
