import { readFileSync } from 'node:fs';
import { catalogFromDisk, readRuleFiles, readSchema, readSources, RULES_DIRECTORY } from '../../src/cli/rule-files.ts';
import { defaultClinic, type Clinic } from '../../src/lib/clinic/fields.ts';
import { RuleSetEvaluator } from '../../src/lib/engine/evaluator.ts';
import type { RuleSetResult } from '../../src/lib/engine/types.ts';
import { loadCatalog, type Catalog } from '../../src/lib/rules/catalog.ts';
import type { RuleSetFileText } from '../../src/lib/rules/read-files.ts';
import { fullValidation } from '../../src/lib/rules/validation.ts';

export const catalog: Catalog = catalogFromDisk();
export const evaluator = new RuleSetEvaluator();

export function ruleSet(id: string) {
  const found = catalog.get(id);
  if (!found) throw new Error(`no rule set ${id}; broken: ${JSON.stringify(catalog.broken)}`);
  return found;
}

export function evaluate(id: string, clinic: Partial<Clinic> = {}): Promise<RuleSetResult> {
  return evaluator.evaluate(ruleSet(id), { ...defaultClinic(), ...clinic });
}

export function component(result: RuleSetResult, id: string) {
  const found = result.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id} in ${result.ruleSet}`);
  return found;
}

/** The real rule files with some replaced, added or removed: for testing broken rule sets. */
export function catalogWith(changes: Record<string, string | null>): Catalog {
  const files: RuleSetFileText[] = readRuleFiles()
    .filter(({ file }) => !(file in changes) || changes[file] !== null)
    .map(({ file, text }) => ({ file, text: typeof changes[file] === 'string' ? changes[file]! : text }));
  for (const [file, text] of Object.entries(changes)) {
    if (text !== null && !files.some((f) => f.file === file)) files.push({ file, text });
  }
  return loadCatalog(files, readSources(), fullValidation(readSchema()));
}

/** A rule file's JSON, to modify in a test. */
export function ruleJson(file: string): Record<string, any> {
  return JSON.parse(readFileSync(`${RULES_DIRECTORY}${file}`, 'utf8'));
}
