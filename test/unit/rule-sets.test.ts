import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readRuleFiles, readSchema } from '../../src/cli/rule-files.ts';
import { validateAgainstSchema } from '../../src/lib/rules/json-schema.ts';
import { formatProblem } from '../../src/lib/rules/errors.ts';
import { catalog } from '../helpers/rules.ts';

const files = readRuleFiles();
const schema = readSchema();

describe('every rule set in rules/', () => {
  it('loads with no problems', () => {
    expect(catalog.broken.flatMap((b) => b.problems.map(formatProblem))).toEqual([]);
  });

  it('offers the years, proposals and variants the product is built on', () => {
    expect(catalog.ruleSets.map((r) => r.id)).toEqual([
      'stockholm-2019',
      'stockholm-2020',
      'stockholm-2021',
      'stockholm-2022',
      'stockholm-2023',
      'stockholm-2024',
      'stockholm-2025',
      'stockholm-2026',
      'proposal-l-2022',
      'proposal-l-2022:target-90',
      'proposal-s-2024',
      'proposal-s-2024:threshold',
    ]);
  });

  it('writes every proposal as a diff over the rule set it changes', () => {
    const proposals = files.map((f) => JSON.parse(f.text)).filter((data) => data.kind === 'proposal');
    expect(proposals.length).toBeGreaterThanOrEqual(2);
    for (const proposal of proposals) expect(proposal.extends).toMatch(/^stockholm-\d{4}$/);
  });

  const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
  const validate = ajv.compile(schema);

  it.each(files.map((f) => [f.file, f.text]))('%s is valid against the JSON Schema (Ajv and our validator agree)', (_file, text) => {
    const data = JSON.parse(text);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validateAgainstSchema(data, schema)).toEqual([]);
  });

  it('gives every parameter a provenance of one of the three kinds', () => {
    for (const ruleSet of catalog.ruleSets) {
      for (const parameter of Object.values(ruleSet.parameters)) {
        expect(['sourced', 'derived', 'illustrative'], `${ruleSet.id}.${parameter.id}`).toContain(parameter.provenance.kind);
        expect(Number.isFinite(parameter.value), `${ruleSet.id}.${parameter.id}`).toBe(true);
      }
    }
  });

  it('gives every rule set a distinct content hash', () => {
    const hashes = catalog.ruleSets.map((r) => r.contentHash);
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{8}$/);
  });
});
