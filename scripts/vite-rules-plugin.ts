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
import { fullValidation } from '../src/lib/rules/validation.ts';

export const RULES_MODULE = 'virtual:vardpengen/rules';
const RESOLVED = `\0${RULES_MODULE}`;

export function rulesPlugin(): Plugin {
  return {
    name: 'vardpengen-rules',
    resolveId: (id) => (id === RULES_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const files = readRuleFiles();
      for (const { file } of files) this.addWatchFile(`${RULES_DIRECTORY}${file}`);
      this.addWatchFile(`${RULES_DIRECTORY}sources.json`);
      this.addWatchFile(`${RULES_DIRECTORY}schema/rule-set.schema.json`);
      const catalog = loadCatalog(files, readSources(), fullValidation(readSchema()));
      const compact = files.flatMap(({ file, text }) => {
        try {
          return [{ file, text: JSON.stringify(JSON.parse(text)) }];
        } catch {
          return []; // Not JSON: its problem is in `broken`.
        }
      });
      return [
        `export const files = ${JSON.stringify(compact)};`,
        `export const broken = ${JSON.stringify(catalog.broken)};`,
        `export const hashes = ${JSON.stringify(Object.fromEntries(catalog.ruleSets.map((r) => [r.id, r.contentHash])))};`,
      ].join('\n');
    },
  };
}
