import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIRECTORY } from '../../src/cli/paths.ts';
import { readRuleFiles } from '../../src/cli/rule-files.ts';
import { CLINIC_FIELDS } from '../../src/lib/clinic/fields.ts';
import { FORMULAS } from '../../src/lib/engine/formulas.ts';
import type { RuleSetFile } from '../../src/lib/rules/types.ts';

const LOCALES = LOCALES_DIRECTORY;
const namespaces = readdirSync(`${LOCALES}sv/`).filter((f) => f.endsWith('.json'));
const read = (language: string, namespace: string) => JSON.parse(readFileSync(`${LOCALES}${language}/${namespace}`, 'utf8'));

/** Every leaf key path of a nested object, arrays counted by length. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function get(object: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], object);
}

describe('translations', () => {
  it('have the same namespaces in Swedish and English', () => {
    expect(readdirSync(`${LOCALES}en/`).filter((f) => f.endsWith('.json')).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)('%s: every key exists in both languages', (namespace) => {
    const sv = keyPaths(read('sv', namespace)).sort();
    const en = keyPaths(read('en', namespace)).sort();
    expect(sv.filter((k) => !en.includes(k)), 'in Swedish only').toEqual([]);
    expect(en.filter((k) => !sv.includes(k)), 'in English only').toEqual([]);
  });

  it.each(namespaces)('%s: no string is empty, except readings that a rule set does not have', (namespace) => {
    for (const language of ['sv', 'en']) {
      const bundle = read(language, namespace);
      for (const path of keyPaths(bundle)) {
        const value = get(bundle, path);
        if (typeof value === 'string' && !path.endsWith('.reading')) expect(value.trim(), `${language} ${path}`).not.toBe('');
      }
    }
  });

  describe.each(['sv', 'en'])('rule texts in %s', (language) => {
    const rules = read(language, 'rules.json');
    /** Summaries and limitations: a namespace of their own, loaded with "Why these amounts". */
    const ruleSetTexts = read(language, 'rulesets.json');
    const files = readRuleFiles().map((f) => JSON.parse(f.text) as RuleSetFile);

    it('name and summarise every selectable rule set and variant', () => {
      for (const file of files.filter((f) => f.kind !== 'base')) {
        expect(rules.ruleSets[file.id]?.name, file.id).toBeTruthy();
        expect(ruleSetTexts.ruleSets[file.id]?.summary, file.id).toBeTruthy();
        expect(ruleSetTexts.ruleSets[file.id]?.limitations?.length, file.id).toBeGreaterThan(0);
        expect(typeof rules.ruleSets[file.id]?.reading, file.id).toBe('string');
        for (const variant of Object.keys(file.variants ?? {})) {
          expect(rules.ruleSets[file.id].variants?.[variant]?.reading, `${file.id}:${variant}`).toBeTruthy();
        }
      }
    });

    it('name and explain every component, and name every parameter', () => {
      for (const file of files) {
        const changes = [file, ...Object.values(file.variants ?? {})];
        for (const change of changes) {
          for (const component of change.components ?? []) {
            expect(rules.components[component.id]?.name, component.id).toBeTruthy();
            expect(rules.components[component.id]?.explanation, component.id).toBeTruthy();
          }
          for (const id of Object.keys(change.parameters ?? {})) expect(rules.parameters[id], id).toBeTruthy();
        }
      }
    });

    it('word every formula and every fact', () => {
      for (const formula of Object.keys(FORMULAS)) expect(rules.formulas[formula], formula).toBeTruthy();
      for (const field of CLINIC_FIELDS) expect(rules.facts[field.id], field.id).toBeTruthy();
    });
  });
});
