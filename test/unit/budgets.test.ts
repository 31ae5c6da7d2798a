// Numbers that add up: under every year's rules the region's average clinic,
// multiplied out to all listed residents, spends that year's budget; a shift
// a proposal describes as budget-neutral is neutral; and each year's growth
// is the growth its source reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultClinic } from '../../src/lib/clinic/fields.ts';
import { averageClinic, budgetCheck } from '../../src/lib/engine/budget.ts';
import { RangeEvaluator, combine, differenceDirection, swingsOf } from '../../src/lib/engine/range.ts';
import { clinicArbitrary } from '../helpers/arbitraries.ts';
import { catalog, component, evaluate, evaluator, ruleSet } from '../helpers/rules.ts';

const years = catalog.ruleSets.filter((r) => r.kind === 'year');
const proposals = catalog.ruleSets.filter((r) => r.kind === 'proposal');
const MSEK = 1e6;

describe('every year closes its budget', () => {
  it('has a year for every year from 2019 to 2026', () => {
    expect(years.map((r) => r.id)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => `stockholm-${y}`));
  });

  it('uses the region\'s average clinic as the default clinic: the region\'s age mix, care-need index 1 and the average visits', () => {
    const p = ruleSet('stockholm-2022').parameters;
    const clinic = defaultClinic();
    expect(averageClinic()).toEqual(clinic);
    expect(clinic).toMatchObject({
      listedPatients: p.referenceClinicListedPatients.value,
      shareAged0to4: p.regionShare0to4.value,
      shareAged65to74: p.regionShare65to74.value,
      shareAged75plus: p.regionShare75plus.value,
      careNeedIndex: 1,
      visitsPerListedPatient: p.regionVisitsPerListedPatient.value,
      unlistedVisits: p.referenceUnlistedVisits.value,
      extendedHoursPerWeek: p.referenceExtendedHours.value,
      videoGroupVisits: 0,
    });
  });

  it.each(years.map((r) => [r.id]))('%s: the average clinic multiplied out is the year\'s budget (within 0.5 %)', async (id) => {
    const check = (await budgetCheck(catalog, evaluator, ruleSet(id)))!;
    expect(check.budgetYear).toBe(id);
    expect(Math.abs(check.deviation)).toBeLessThan(0.005);
  });

  it.each(years.map((r) => [r.id]))('%s: the pay nobody itemises is visible, non-negative and a minor part of the budget', async (id) => {
    const other = component(await evaluate(id), 'other-pay-not-itemised');
    expect(other.illustrative).toBe(true);
    expect(other.amount).toBeGreaterThanOrEqual(-1e-6);
    expect(other.amount / (await evaluate(id)).total).toBeLessThan(0.15);
  });

  it('chains the budgets from 2019\'s 5.8 billion by each year\'s reported increase', () => {
    const budget = (year: number) => ruleSet(`stockholm-${year}`).parameters.clinicBudget.value / MSEK;
    expect(budget(2019)).toBeCloseTo(5800, 6); // "cirka 5,8 miljarder kr"
    expect(budget(2020) - budget(2019)).toBeCloseTo(90, 6); // "ytterligare 90 miljoner kronor"
    expect(budget(2021) / budget(2020)).toBeCloseTo(1.03, 10); // "med 3 procent"
    expect(budget(2022) - budget(2021)).toBeCloseTo(267, 6); // "utökas nästa år med 267 miljoner"
    expect(budget(2023) - budget(2022)).toBeCloseTo(323, 6); // "323 miljoner kronor nästa år"
    expect(budget(2024) - budget(2023)).toBeCloseTo(460, 6); // "med drygt 460 miljoner kronor"
    expect(budget(2025)).toBeCloseTo(580 / 0.075, 6); // implied by the 2026 report
    expect(budget(2026) - budget(2025)).toBeCloseTo(580, 6); // "ett tillskott på 580 miljoner kronor"
  });

  it('gives every derived budget level a range that covers the other readings', () => {
    const level = (year: number) => ruleSet(`stockholm-${year}`).parameters.clinicBudget;
    const covers = (year: number, reading: number) => {
      const [low, high] = level(year).range!;
      expect(low, `${year} low`).toBeLessThanOrEqual(reading * MSEK + 1);
      expect(high, `${year} high`).toBeGreaterThanOrEqual(reading * MSEK - 1);
      expect(low).toBeLessThanOrEqual(level(year).value);
      expect(high).toBeGreaterThanOrEqual(level(year).value);
    };
    covers(2019, 315 / 0.06 + 315); // 315 MSEK = 6 % (Liberalerna, 2019)
    covers(2019, 90 / 0.015); // 90 MSEK = 1.5 % of the 2019 level
    covers(2021, 252 / 0.04); // 252 MSEK = 4 % of 2021 (the 2022 rules)
    covers(2022, 252 / 0.04 + 252);
    covers(2023, 323 / 0.05 + 323); // 323 MSEK = 5 %
    covers(2024, 460 / 0.07 + 460); // 460 MSEK = 7 %
    covers(2025, 580 / 0.0745);
    covers(2025, 580 / 0.0755);
  });

  it('grows the average clinic\'s pay from year to year as each year\'s reported budget change says', async () => {
    const perPatient = async (year: number) => (await evaluate(`stockholm-${year}`)).perListedPatient;
    const growth = async (year: number) => (await perPatient(year)) / (await perPatient(year - 1)) - 1;
    expect(await growth(2020)).toBeCloseTo(90 / 5800, 10); // +1.5 %
    expect(await growth(2021)).toBeCloseTo(0.03, 10); // +3 %
    expect(await growth(2023)).toBeCloseTo(0.05, 2); // "fem procents uppräkning"
    expect(await growth(2024)).toBeCloseTo(0.07, 2); // "sju procent"
    expect(await growth(2026)).toBeCloseTo(0.075, 10); // "7,5 procent"
  });

  it('keeps the seeds\' relations exactly: 2 → 4 kr, 2 300 → 2 200, 70 → 75 → 80 → 90 %, 1.2 → 1.15', () => {
    const p = (id: string) => ruleSet(id).parameters;
    expect([p('stockholm-2021').namedDoctorBonusPerPatient.value, p('stockholm-2022').namedDoctorBonusPerPatient.value]).toEqual([2, 4]);
    expect([p('stockholm-2021').bonusPatientCap.value, p('stockholm-2022').bonusPatientCap.value]).toEqual([2300, 2200]);
    expect(['stockholm-2021', 'stockholm-2022', 'proposal-l-2022', 'proposal-l-2022:target-90'].map((id) => p(id).namedDoctorTarget.value)).toEqual([0.7, 0.75, 0.8, 0.9]);
    expect([p('stockholm-2021').narakutRatioThreshold.value, p('stockholm-2022').narakutRatioThreshold.value]).toEqual([1.2, 1.15]);
    for (const year of [2023, 2024, 2025, 2026]) expect(p(`stockholm-${year}`).namedDoctorBonusPerPatient.value).toBe(4);
  });

  it('marks figures a year carries from another year\'s source as describing that other time', () => {
    const listed = ruleSet('stockholm-2019').parameters.listedResidents;
    expect(listed.describes).toBe('2022-02');
    expect(ruleSet('stockholm-2019').date!.slice(0, 4)).not.toBe(listed.describes!.slice(0, 4));
  });
});

describe('a shift described as budget-neutral is neutral', () => {
  const shifting = proposals.filter((r) => r.neutralShifts.length);

  it('finds the shifts the proposals describe', () => {
    expect(shifting.map((r) => r.id)).toEqual(['proposal-l-2022', 'proposal-l-2022:target-90']);
  });

  it.each(shifting.map((r) => [r.id]))('%s: the components a shift moves money between sum to no change, region-wide', async (id) => {
    const check = (await budgetCheck(catalog, evaluator, ruleSet(id)))!;
    const budget = check.budget;
    for (const shift of ruleSet(id).neutralShifts) {
      const moved = check.changes.filter((c) => shift.components.includes(c.id));
      expect(moved.length, 'the shift moves money').toBe(shift.components.length);
      expect(Math.abs(moved.reduce((sum, c) => sum + c.change, 0)) / budget).toBeLessThan(1e-9);
    }
  });

  it.each(proposals.map((r) => [r.id]))('%s: what a proposal adds to its year\'s budget is exactly its changed components, region-wide', async (id) => {
    const check = (await budgetCheck(catalog, evaluator, ruleSet(id)))!;
    const added = check.changes.reduce((sum, c) => sum + c.change, 0);
    expect(check.regionTotal - check.budget).toBeCloseTo(added, 0);
    // The budget-closing pay is the year's, unchanged: a proposal cannot hide its cost in it.
    expect(check.changes.map((c) => c.id)).not.toContain('other-pay-not-itemised');
  });

  it('leaves Liberalerna\'s reading within 0.5 % of the 2022 budget: only the higher pay for extended hours adds money', async () => {
    const check = (await budgetCheck(catalog, evaluator, ruleSet('proposal-l-2022')))!;
    expect(Math.abs(check.deviation)).toBeLessThan(0.005);
    const adding = check.changes.filter((c) => !['listing-payment', 'visit-payment-listed'].includes(c.id));
    expect(adding.map((c) => c.id)).toEqual(['extended-hours-payment']);
    expect(adding[0].change).toBeCloseTo(10_000 * 4 * (2_146_907 / 10_000), 0);
  });

  it('catches a proposal that adds money under the name of a shift', async () => {
    // Stand-in for a broken reading: listing share up without the visit fee coming down.
    const broken = catalog.withOverrides('proposal-l-2022', new Map([['proposal-l-2022#visitFeeListed', 115]]))!;
    const check = (await budgetCheck(catalog, evaluator, broken))!;
    const moved = check.changes.filter((c) => ['listing-payment', 'visit-payment-listed'].includes(c.id));
    expect(Math.abs(moved.reduce((sum, c) => sum + c.change, 0))).toBeGreaterThan(100 * MSEK);
  });
});

describe('every result shows its range', () => {
  const ranges = new RangeEvaluator(catalog, evaluator);

  it('gives every illustrative figure a range with a reason in both languages, around its value', () => {
    for (const r of catalog.ruleSets) {
      for (const p of Object.values(r.parameters)) {
        if (p.provenance.kind !== 'illustrative') continue;
        expect(p.range, `${p.definedIn} ${p.id}`).toHaveLength(2);
        expect(p.range![0], `${p.definedIn} ${p.id}`).toBeLessThanOrEqual(p.value);
        expect(p.range![1], `${p.definedIn} ${p.id}`).toBeGreaterThanOrEqual(p.value);
        expect(p.rangeReason!.en.length).toBeGreaterThan(10);
        expect(p.rangeReason!.sv.length).toBeGreaterThan(10);
      }
    }
  });

  it('keeps every fee and payment rate non-negative at either end of every figure\'s range', () => {
    for (const r of catalog.ruleSets) {
      for (const swing of swingsOf([r])) {
        for (const end of ['low', 'high'] as const) {
          const swung = ranges.swungRuleSet(r, swing, end).parameters;
          for (const id of ['visitFeeListed', 'visitFeeUnlisted', 'listingPaymentPerPatient', 'otherPayPerPatient', 'listingPerPatient0to4', 'listingPerPatient5to64', 'listingPerPatient65to74', 'listingPerPatient75plus']) {
            expect(swung[id].value, `${r.id}, ${swing.key} at ${end}: ${id}`).toBeGreaterThanOrEqual(-1e-6);
          }
        }
      }
    }
  });

  it('always contains the result, for any clinic and any pair of rule sets', async () => {
    const ids = catalog.ruleSets.map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(clinicArbitrary, fc.constantFrom(...ids), fc.constantFrom(...ids), async (clinic, a, b) => {
        const total = await ranges.totalRange(ruleSet(a), clinic);
        expect(total.low).toBeLessThanOrEqual(total.value + 1e-6);
        expect(total.high).toBeGreaterThanOrEqual(total.value - 1e-6);
        const difference = await ranges.differenceRange(ruleSet(a), ruleSet(b), clinic);
        expect(difference.low).toBeLessThanOrEqual(difference.value + 1e-6);
        expect(difference.high).toBeGreaterThanOrEqual(difference.value - 1e-6);
      }),
      { numRuns: 25 },
    );
  });

  it('moves a shared figure on both sides of a difference, so a rule set compared with itself has no range', async () => {
    const same = await ranges.differenceRange(ruleSet('stockholm-2022'), ruleSet('stockholm-2022'), defaultClinic());
    expect([same.low, same.value, same.high]).toEqual([0, 0, 0]);
    expect(differenceDirection(same)).toBe('none');
  });

  it('ranks what moves Liberalerna\'s difference most, and calls a difference whose range crosses zero unclear', async () => {
    const clinic = { ...defaultClinic(), visitsPerListedPatient: 5 };
    const difference = await ranges.differenceRange(ruleSet('stockholm-2022'), ruleSet('proposal-l-2022'), clinic);
    expect(difference.value).toBeLessThan(0); // more visits than average: the lower visit fee costs this clinic
    // The two figures the shift's size rests on: how far it goes, and how many visits the fee cut is spread over.
    expect(difference.effects.slice(0, 2).map((e) => e.swing.parameter).sort()).toEqual(['listingShareOfPay', 'regionVisitsPerListedPatient']);
    const sizes = difference.effects.map((e) => Math.max(Math.abs(e.atLow), Math.abs(e.atHigh)));
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    expect(differenceDirection({ value: 10, low: -5, high: 20 })).toBe('unclear');
    expect(differenceDirection({ value: 10, low: 5, high: 20 })).toBe('gain');
    expect(differenceDirection({ value: -10, low: -20, high: -5 })).toBe('loss');
  });

  it('adds the swings conservatively: every lowering swing to the low end, every raising one to the high end', () => {
    const swing = swingsOf([ruleSet('stockholm-2022')])[0];
    const range = combine(100, [
      { swing, atLow: -10, atHigh: 5 },
      { swing, atLow: 3, atHigh: -2 },
    ]);
    expect([range.low, range.high]).toEqual([88, 108]);
  });

  it('moves a year\'s total for the average clinic by its share of the budget level\'s range', async () => {
    const total = await ranges.totalRange(ruleSet('stockholm-2023'), { ...defaultClinic() });
    const budget = ruleSet('stockholm-2023').parameters.clinicBudget;
    const effect = total.effects.find((e) => e.swing.parameter === 'clinicBudget' && e.swing.definedIn === 'stockholm-2023')!;
    const scale = 10_000 / 2_146_907;
    expect(effect.atLow).toBeCloseTo((budget.range![0] - budget.value) * scale, 0);
    expect(effect.atHigh).toBeCloseTo((budget.range![1] - budget.value) * scale, 0);
  });
});
