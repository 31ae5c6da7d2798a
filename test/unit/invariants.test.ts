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
