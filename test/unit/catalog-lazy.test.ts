// The browser loads every rule set at its start but shows two: a rule set's
// figures are worked out when first read, and are then the same figures the
// command line works out at once (with every check) from the same files.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRuleFiles, readSources } from '../../src/cli/rule-files.ts';
import { loadCatalog } from '../../src/lib/rules/catalog.ts';
import { ParameterEvaluator, definitionKey } from '../../src/lib/rules/resolve.ts';
import { catalog } from '../helpers/rules.ts';

/** As the browser loads it: no checks, and the content hashes the build worked out. */
function loadAsTheBrowserDoes() {
  const hashes = Object.fromEntries(catalog.ruleSets.map((r) => [r.id, r.contentHash]));
  return loadCatalog(readRuleFiles(), readSources(), undefined, [], hashes);
}

afterEach(() => vi.restoreAllMocks());

describe('a rule set\'s figures, worked out when first read', () => {
  it('are not worked out while the catalog loads, and once read are those of the checked catalog', () => {
    const worked = vi.spyOn(ParameterEvaluator.prototype, 'value');
    const lazy = loadAsTheBrowserDoes();
    expect(lazy.ruleSets.map((r) => r.id)).toEqual(catalog.ruleSets.map((r) => r.id));
    expect(worked).not.toHaveBeenCalled();

    const first = lazy.get('stockholm-2022')!.parameters;
    expect(worked).toHaveBeenCalled();
    // Read again, the same objects: the prose merged into them later (texts.ts) stays.
    expect(lazy.get('stockholm-2022')!.parameters).toBe(first);
    for (const ruleSet of catalog.ruleSets) {
      expect(lazy.get(ruleSet.id)!.parameters, ruleSet.id).toEqual(ruleSet.parameters);
    }
  });

  it('are part of the rule set when it is spread, serialised or cloned', () => {
    const ruleSet = loadAsTheBrowserDoes().get('proposal-l-2022')!;
    const expected = catalog.get('proposal-l-2022')!.parameters;
    expect({ ...ruleSet }.parameters).toEqual(expected);
    expect(JSON.parse(JSON.stringify(ruleSet)).parameters).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(structuredClone(ruleSet).parameters).toEqual(expected);
  });

  it('are worked out again, with the replaced value, for another reading of an uncertain figure', () => {
    const lazy = loadAsTheBrowserDoes();
    // A figure with a range and a value of its own (not a formula's), whose low end differs from it.
    const [id, parameter] = Object.entries(catalog.get('proposal-l-2022')!.parameters).find(([, p]) => p.range && p.provenance.kind !== 'derived' && p.range[0] !== p.value)!;
    const low = parameter.range![0];
    const swung = lazy.withOverrides('proposal-l-2022', new Map([[definitionKey(parameter.definedIn, id), low]]));
    expect(swung?.parameters[id].value).toBe(low);
    expect(lazy.get('proposal-l-2022')!.parameters[id].value).toBe(parameter.value);
  });
});
