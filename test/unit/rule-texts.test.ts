// The browser carries the rule files' figures in its first view and their
// prose in a chunk of its own; merged again, they are the rule sets the tests
// and the command line read from disk.
import { describe, expect, it } from 'vitest';
import { readRuleFiles, readSources } from '../../src/cli/rule-files.ts';
import { loadCatalog } from '../../src/lib/rules/catalog.ts';
import { mergeRuleTexts, splitRuleTexts, type RuleFileTexts } from '../../src/lib/rules/texts.ts';
import type { RuleSetFile } from '../../src/lib/rules/types.ts';
import { catalog } from '../helpers/rules.ts';

const split = readRuleFiles().map(({ file, text }) => ({ file, ...splitRuleTexts(JSON.parse(text) as RuleSetFile) }));

describe('the rule files\' prose, split off and merged back', () => {
  it('leaves no prose in the figures, and takes at least half of the bytes away', () => {
    for (const { figures } of split) {
      const text = JSON.stringify(figures);
      expect(text).not.toMatch(/"(quote|gloss|reason|rangeReason|note)":/);
      expect(text).not.toMatch(/"text":\{/);
    }
    const whole = readRuleFiles().reduce((sum, { text }) => sum + JSON.stringify(JSON.parse(text)).length, 0);
    const figures = split.reduce((sum, { figures }) => sum + JSON.stringify(figures).length, 0);
    expect(figures / whole).toBeLessThan(0.5);
  });

  it('gives back every quote, gloss, note, reason, range reason and not-modelled text', () => {
    const hashes = Object.fromEntries(catalog.ruleSets.map((r) => [r.id, r.contentHash]));
    const figuresOnly = loadCatalog(
      split.map(({ file, figures }) => ({ file, text: JSON.stringify(figures) })),
      readSources(),
      undefined,
      [],
      hashes,
    );
    const somePlainProvenance = figuresOnly.get('stockholm-2022')!.parameters.bonusPatientCap.provenance;
    expect('quote' in somePlainProvenance).toBe(false);
    const texts: Record<string, RuleFileTexts> = Object.fromEntries(split.map(({ file, texts }) => [file, texts]));
    mergeRuleTexts(figuresOnly, texts);
    for (const ruleSet of catalog.ruleSets) {
      const merged = figuresOnly.get(ruleSet.id)!;
      for (const [id, parameter] of Object.entries(ruleSet.parameters)) {
        expect(merged.parameters[id].provenance, `${ruleSet.id} ${id}`).toEqual(parameter.provenance);
        expect(merged.parameters[id].rangeReason, `${ruleSet.id} ${id}`).toEqual(parameter.rangeReason);
      }
      expect(merged.notModelled.map((item) => item.text)).toEqual(ruleSet.notModelled.map((item) => item.text));
    }
  });

  it('does not change the file it splits', () => {
    const original = JSON.parse(readRuleFiles().find((f) => f.file === 'stockholm-2026.json')!.text) as RuleSetFile;
    const copy = structuredClone(original);
    splitRuleTexts(original);
    expect(original).toEqual(copy);
  });
});
