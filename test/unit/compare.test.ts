import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResults, diffRuleSets, type RuleDifference } from '../../src/lib/engine/compare.ts';
import { catalog, evaluator, ruleSet } from '../helpers/rules.ts';
import { clinicArbitrary } from '../helpers/arbitraries.ts';

describe('comparing two rule sets for one clinic', () => {
  it('splits the change in the total into component changes that add up to it', async () => {
    const pairs = catalog.ruleSets.flatMap((a) => catalog.ruleSets.map((b) => [a, b] as const));
    await fc.assert(
      fc.asyncProperty(clinicArbitrary, fc.constantFrom(...pairs), async (clinic, [a, b]) => {
        const comparison = compareResults(await evaluator.evaluate(a, clinic), await evaluator.evaluate(b, clinic));
        const sum = comparison.components.reduce((s, c) => s + c.change, 0);
        expect(sum).toBeCloseTo(comparison.totalChange, 4);
      }),
      { numRuns: 200 },
    );
  });

  it('shows a component that only one side has as a change from or to zero', async () => {
    const clinic = { ...(await import('../../src/lib/clinic/fields.ts')).defaultClinic(), doctors: 8 };
    const comparison = compareResults(await evaluator.evaluate(ruleSet('stockholm-2022'), clinic), await evaluator.evaluate(ruleSet('proposal-s-2024'), clinic));
    const listSize = comparison.components.find((c) => c.id === 'list-size-payment')!;
    expect(listSize).toMatchObject({ baseline: 0, inBaseline: false, inComparison: true });
    expect(listSize.change).toBeGreaterThan(0);
  });
});

describe('what differs between two rule sets, from the data', () => {
  const find = (differences: RuleDifference[], parameter: string) =>
    differences.find((d) => 'parameter' in d && d.parameter === parameter);

  it('lists the 2022 changes with their sources, the way the press release states them', () => {
    const differences = diffRuleSets(ruleSet('stockholm-2021'), ruleSet('stockholm-2022'));
    const target = find(differences, 'namedDoctorTarget');
    expect(target).toMatchObject({ kind: 'parameter-changed', from: { value: 0.7 }, to: { value: 0.75 }, consequence: false });
    if (target?.kind !== 'parameter-changed') throw new Error('expected a change');
    expect(target.to.provenance).toMatchObject({ kind: 'sourced', source: 'seed-2022-rules' });
    expect(find(differences, 'namedDoctorBonusPerPatient')).toMatchObject({ from: { value: 2 }, to: { value: 4 } });
    expect(find(differences, 'bonusPatientCap')).toMatchObject({ from: { value: 2300 }, to: { value: 2200 } });
    expect(find(differences, 'narakutRatioThreshold')).toMatchObject({ from: { value: 1.2 }, to: { value: 1.15 } });
    expect(find(differences, 'listingPaymentPerPatient')).toMatchObject({ kind: 'parameter-changed', consequence: true });
    expect(find(differences, 'generalResourcesIncrease2022')).toMatchObject({ kind: 'parameter-added', context: true, silentBefore: false });
    expect(find(differences, 'primaryCareBudgetIncrease')).toMatchObject({ kind: 'parameter-added', context: false });
  });

  it('tells what the earlier year\'s sources are silent about from what a proposal adds', () => {
    const years = diffRuleSets(ruleSet('stockholm-2019'), ruleSet('stockholm-2021'));
    expect(years).toContainEqual({ kind: 'component-added', component: 'named-doctor-bonus', silentBefore: true });
    expect(find(years, 'namedDoctorTarget')).toMatchObject({ kind: 'parameter-added', silentBefore: true });
    const proposal = diffRuleSets(ruleSet('stockholm-2022'), ruleSet('proposal-s-2024'));
    expect(proposal).toContainEqual({ kind: 'component-added', component: 'list-size-payment', silentBefore: false });
    // A context figure of 2019 is not "removed" in 2021: it belongs to its year.
    expect(find(years, 'primaryCareBoost')).toMatchObject({ kind: 'parameter-removed', context: true });
  });

  it('puts components first, then changed figures, then consequences, then context', () => {
    const differences = diffRuleSets(ruleSet('stockholm-2022'), ruleSet('proposal-s-2024'));
    expect(differences[0]).toEqual({ kind: 'component-added', component: 'list-size-payment', silentBefore: false });
    expect(find(differences, 'listSizeGoal')).toMatchObject({ kind: 'parameter-added' });
    const rank = (d: RuleDifference) =>
      d.kind.startsWith('component') || d.kind.startsWith('continuity') ? 0 : 'context' in d && d.context ? 3 : d.kind === 'parameter-changed' && d.consequence ? 2 : 1;
    const ranks = differences.map(rank);
    expect([...ranks].sort()).toEqual(ranks);
  });

  it('finds nothing between a rule set and itself, and a change in condition for the S variants', () => {
    expect(diffRuleSets(ruleSet('stockholm-2022'), ruleSet('stockholm-2022'))).toEqual([]);
    expect(diffRuleSets(ruleSet('proposal-s-2024'), ruleSet('proposal-s-2024:threshold'))).toEqual([
      { kind: 'component-changed', component: 'list-size-payment', aspects: ['formula', 'parameters', 'condition'] },
    ]);
  });
});
