// json-rules-engine loaded when first needed (src/lib/engine/evaluator.ts), and
// the verdicts the prerendered page carries so that its first view needs none
// of it (src/lib/engine/seeds.ts, src/prerender/render.ts).
import { describe, expect, it } from 'vitest';
import { defaultClinic, type Clinic } from '../../src/lib/clinic/fields.ts';
import { createEngine } from '../../src/lib/engine/decide.ts';
import type { EngineFactory } from '../../src/lib/engine/compile.ts';
import { RuleSetEvaluator } from '../../src/lib/engine/evaluator.ts';
import { RangeEvaluator } from '../../src/lib/engine/range.ts';
import { DecisionSeeds, type DecisionSeed } from '../../src/lib/engine/seeds.ts';
import { definitionKey } from '../../src/lib/rules/resolve.ts';
import { renderDefaultPage } from '../../src/prerender/render.ts';
import { defaultScenario } from '../../src/lib/state/scenario.svelte.ts';
import { catalog, ruleSet } from '../helpers/rules.ts';

/** An evaluator that loads the engine (as the page does), counting the loads and the engine's runs. */
function countingEvaluator(options: { fail?: number } = {}) {
  const counts = { loads: 0, runs: 0 };
  let failures = options.fail ?? 0;
  const counted: EngineFactory = (rules) => {
    const engine = createEngine(rules);
    return { run: (facts) => (counts.runs++, engine.run(facts)) };
  };
  const evaluator = new RuleSetEvaluator({
    loadEngine: async () => {
      counts.loads++;
      await Promise.resolve();
      if (failures > 0) {
        failures--;
        throw new Error('Failed to fetch dynamically imported module: /assets/decide-gone.js');
      }
      return counted;
    },
  });
  return { evaluator, counts };
}

/** The seeds as the page carries them: through JSON. */
const viaJson = (seeds: DecisionSeed[]) => JSON.parse(JSON.stringify(seeds)) as DecisionSeed[];

const pages = { sv: await renderDefaultPage('sv', '/'), en: await renderDefaultPage('en', '/en/') };
const engine = new RuleSetEvaluator({ createEngine });
const scenario = defaultScenario();
const chosen = [scenario.baseline, ...scenario.comparisons].map(ruleSet);

describe('the prerendered page carries its verdicts', () => {
  it.each(['sv', 'en'] as const)('%s: they give the default view results identical to the engine, without loading it', async (language) => {
    const seeds = viaJson(pages[language].decisions ?? []);
    expect(seeds.length).toBeGreaterThan(0);
    const { evaluator, counts } = countingEvaluator();
    evaluator.seed(new DecisionSeeds(seeds));
    const clinic = scenario.clinic;
    // The totals, then every rule set ("Year by year", what a classroom's table shows) and each range's swung rule sets.
    expect(await evaluator.evaluateAll(chosen, clinic)).toEqual(await engine.evaluateAll(chosen, clinic));
    expect(await evaluator.evaluateAll(catalog.ruleSets, clinic)).toEqual(await engine.evaluateAll(catalog.ruleSets, clinic));
    const seededRanges = new RangeEvaluator(catalog, evaluator);
    const engineRanges = new RangeEvaluator(catalog, engine);
    for (const r of catalog.ruleSets) expect(await seededRanges.totalRange(r, clinic)).toEqual(await engineRanges.totalRange(r, clinic));
    expect(counts).toEqual({ loads: 0, runs: 0 });
  });

  it('holds each verdict once, and only JSON that reads back the same', () => {
    const seeds = pages.sv.decisions!;
    expect(new Set(seeds.map((s) => JSON.stringify(s))).size).toBe(seeds.length);
    expect(viaJson(seeds)).toEqual(seeds);
  });
});

describe('a verdict the page carries is used only for what it was made for', () => {
  const seeds = () => viaJson(pages.sv.decisions!);
  const id = 'stockholm-2022';
  /** A clinic whose named-doctor share (a fact the 2022 rules' conditions read) earns the bonus the default misses. */
  const sharer: Clinic = { ...defaultClinic(), namedDoctorShare: 0.9 };
  const defaultSeed = () => seeds().find((s) => s.ruleSet === id && s.facts.includes(`namedDoctorShare=${defaultClinic().namedDoctorShare}`))!;

  it('not for another version of the rule set (its content hash)', async () => {
    const { evaluator, counts } = countingEvaluator();
    // The very verdicts, said to be for another version: the engine decides.
    evaluator.seed(new DecisionSeeds([{ ...defaultSeed(), contentHash: 'another-version' }]));
    expect(await evaluator.evaluate(ruleSet(id), defaultClinic())).toEqual(await engine.evaluate(ruleSet(id), defaultClinic()));
    expect(counts).toEqual({ loads: 1, runs: 1 });
  });

  it('not for other values of the facts its conditions read, even under their key', async () => {
    const { evaluator, counts } = countingEvaluator();
    evaluator.seed(new DecisionSeeds(seeds()));
    expect(await evaluator.evaluate(ruleSet(id), sharer)).toEqual(await engine.evaluate(ruleSet(id), sharer));
    expect(counts).toEqual({ loads: 1, runs: 1 });
    // A seed made for the default clinic, filed under the other clinic's facts: still not used.
    const forged = new RuleSetEvaluator({ loadEngine: async () => (counts.loads++, createEngine) });
    const other = seeds().find((s) => s.ruleSet === id && s.facts.includes('namedDoctorShare=0.9'));
    expect(other).toBeUndefined();
    const key = defaultSeed().facts.replace(`namedDoctorShare=${defaultClinic().namedDoctorShare}`, 'namedDoctorShare=0.9');
    forged.seed(new DecisionSeeds([{ ...defaultSeed(), facts: key }]));
    expect(await forged.evaluate(ruleSet(id), sharer)).toEqual(await engine.evaluate(ruleSet(id), sharer));
    expect(counts.loads).toBe(2);
  });

  it('not for a rule set with the same content hash and other thresholds (a range swings one)', async () => {
    const original = ruleSet(id);
    const threshold = original.components.find((c) => c.when)!.when!;
    const parameter = JSON.stringify(threshold).match(/"parameter":"([^"]+)"/)![1];
    const swung = catalog.withOverrides(id, new Map([[definitionKey(original.parameters[parameter].definedIn, parameter), original.parameters[parameter].value * 0.5]]));
    // The swing keeps the content hash, as RangeEvaluator's do, but the threshold moves.
    const moved = swung && swung.parameters[parameter].value !== original.parameters[parameter].value ? swung : undefined;
    expect(moved?.contentHash).toBe(original.contentHash);
    const { evaluator, counts } = countingEvaluator();
    evaluator.seed(new DecisionSeeds(seeds()));
    expect(await evaluator.evaluate(original, defaultClinic())).toEqual(await engine.evaluate(original, defaultClinic()));
    expect(counts.loads).toBe(0);
    expect(await evaluator.evaluate(moved!, defaultClinic())).toEqual(await engine.evaluate(moved!, defaultClinic()));
    expect(counts).toEqual({ loads: 1, runs: 1 });
  });

  it('ignores what is not shaped like a seed', async () => {
    const { evaluator, counts } = countingEvaluator();
    evaluator.seed(new DecisionSeeds([null, 1, { ruleSet: id }, { ...defaultSeed(), trace: 'applied' }]));
    evaluator.seed(new DecisionSeeds({ not: 'a list' }));
    expect(await evaluator.evaluate(ruleSet(id), defaultClinic())).toEqual(await engine.evaluate(ruleSet(id), defaultClinic()));
    expect(counts.loads).toBe(1);
  });
});

describe('the engine is loaded when first needed', () => {
  it('once, for every rule set and clinic after that', async () => {
    const { evaluator, counts } = countingEvaluator();
    expect(counts.loads).toBe(0);
    await Promise.all([evaluator.evaluateAll(catalog.ruleSets, defaultClinic()), evaluator.evaluateAll(catalog.ruleSets, { ...defaultClinic(), namedDoctorShare: 0.9 })]);
    await evaluator.evaluateAll(catalog.ruleSets, { ...defaultClinic(), doctors: 3 });
    evaluator.preload();
    expect(counts.loads).toBe(1);
    expect(counts.runs).toBeGreaterThan(catalog.ruleSets.length);
  });

  it('ahead of need when preloaded, and not again when needed', async () => {
    const { evaluator, counts } = countingEvaluator();
    evaluator.preload();
    expect(counts.loads).toBe(1);
    await evaluator.evaluate(ruleSet('stockholm-2022'), defaultClinic());
    expect(counts).toEqual({ loads: 1, runs: 1 });
  });

  it('again after a load that failed: that evaluation rejects, the next one loads and works', async () => {
    const { evaluator, counts } = countingEvaluator({ fail: 1 });
    await expect(evaluator.evaluate(ruleSet('stockholm-2022'), defaultClinic())).rejects.toThrow(/dynamically imported module/);
    expect(await evaluator.evaluate(ruleSet('stockholm-2022'), defaultClinic())).toEqual(await engine.evaluate(ruleSet('stockholm-2022'), defaultClinic()));
    expect(counts).toEqual({ loads: 2, runs: 1 });
  });

  it('by a dynamic import of decide.ts when no loader is given', async () => {
    const lazy = new RuleSetEvaluator();
    expect(await lazy.evaluate(ruleSet('stockholm-2022'), defaultClinic())).toEqual(await engine.evaluate(ruleSet('stockholm-2022'), defaultClinic()));
  });
});
