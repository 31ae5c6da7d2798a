import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_BY_ID } from '../../src/lib/clinic/fields.ts';
import { catalog, component, evaluator } from '../helpers/rules.ts';
import { clinicArbitrary } from '../helpers/arbitraries.ts';

describe.each(catalog.ruleSets.map((r) => [r.id, r] as const))('%s, for any clinic', (_id, ruleSet) => {
  it('has a total equal to the sum of its components, every amount finite', async () => {
    await fc.assert(
      fc.asyncProperty(clinicArbitrary, async (clinic) => {
        const result = await evaluator.evaluate(ruleSet, clinic);
        const sum = result.components.reduce((s, c) => s + c.amount, 0);
        expect(result.total).toBe(sum);
        for (const c of result.components) expect(Number.isFinite(c.amount), c.id).toBe(true);
        expect(Number.isFinite(result.perListedPatient)).toBe(true);
        for (const value of Object.values(result.continuity)) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers the listing payment when more patients are listed', async () => {
    const { min, max } = FIELD_BY_ID.listedPatients;
    await fc.assert(
      fc.asyncProperty(clinicArbitrary, fc.double({ min, max, noNaN: true }), async (clinic, other) => {
        const [fewer, more] = [Math.min(clinic.listedPatients, other), Math.max(clinic.listedPatients, other)];
        const a = await evaluator.evaluate(ruleSet, { ...clinic, listedPatients: fewer });
        const b = await evaluator.evaluate(ruleSet, { ...clinic, listedPatients: more });
        expect(component(b, 'listing-payment').amount).toBeGreaterThanOrEqual(component(a, 'listing-payment').amount);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the närakut cost responsibility negative or zero', async () => {
    await fc.assert(
      fc.asyncProperty(clinicArbitrary, async (clinic) => {
        const result = await evaluator.evaluate(ruleSet, clinic);
        const deduction = result.components.find((c) => c.id === 'narakut-cost-responsibility');
        if (deduction) expect(deduction.amount).toBeLessThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe('json-rules-engine runs only when what its conditions read changes', () => {
  it('reuses its verdicts for a clinic whose condition facts are unchanged, and gives the same result as a fresh engine', async () => {
    const { RuleSetEvaluator } = await import('../../src/lib/engine/evaluator.ts');
    const { catalog } = await import('../helpers/rules.ts');
    const { defaultClinic } = await import('../../src/lib/clinic/fields.ts');
    const ruleSet = catalog.get('stockholm-2022')!;
    const evaluator = new RuleSetEvaluator();
    const compiled = evaluator.compiledFor(ruleSet);
    let runs = 0;
    const run = compiled.engine.run.bind(compiled.engine);
    compiled.engine.run = ((facts: Record<string, unknown>) => (runs++, run(facts))) as typeof compiled.engine.run;
    const clinic = defaultClinic();
    await evaluator.evaluate(ruleSet, clinic);
    // The age mix and the visits are read by formulas, not by any condition: no new engine run.
    const older = await evaluator.evaluate(ruleSet, { ...clinic, shareAged75plus: 0.2, visitsPerListedPatient: 5 });
    expect(runs).toBe(1);
    // The named-doctor share is a condition fact: the engine decides again.
    await evaluator.evaluate(ruleSet, { ...clinic, namedDoctorShare: 0.8 });
    expect(runs).toBe(2);
    const fresh = await new RuleSetEvaluator().evaluate(ruleSet, { ...clinic, shareAged75plus: 0.2, visitsPerListedPatient: 5 });
    expect(older).toEqual(fresh);
  });
});
