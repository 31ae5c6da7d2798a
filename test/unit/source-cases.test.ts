// Cases taken from the sources: each expectation is a sentence in a seed or a
// public figure, checked against what the engine computes.
import { describe, expect, it } from 'vitest';
import { defaultClinic } from '../../src/lib/clinic/fields.ts';
import { continuityOf } from '../../src/lib/engine/continuity.ts';
import { deriveFacts } from '../../src/lib/engine/facts.ts';
import { component, evaluate, ruleSet } from '../helpers/rules.ts';

/** A clinic of 10 000 listed with a given number of listed per doctor. */
const clinicWith = (namedDoctorShare: number, patientsPerDoctor: number) => ({
  listedPatients: 10000,
  doctors: 10000 / patientsPerDoctor,
  namedDoctorShare,
});

describe('Stockholm 2022 (seed 000: target 75 %, bonus 4 kr, cap 2 200)', () => {
  it('pays no bonus at 76 % named-doctor share and 2 250 listed per doctor, and names the failed condition', async () => {
    const result = await evaluate('stockholm-2022', clinicWith(0.76, 2250));
    const bonus = component(result, 'named-doctor-bonus');
    expect(bonus.applies).toBe(false);
    expect(bonus.amount).toBe(0);
    expect(result.continuity.namedDoctorBonusEarned).toBe(false);
    const [failed] = result.continuity.namedDoctorBonusFailedConditions;
    expect(result.continuity.namedDoctorBonusFailedConditions).toHaveLength(1);
    expect(failed).toMatchObject({ fact: 'patientsPerDoctor', parameter: 'bonusPatientCap', threshold: 2200, passed: false });
    expect(failed.actual).toBeCloseTo(2250, 6);
  });

  it('pays the bonus at 76 % and 2 150 listed per doctor', async () => {
    const result = await evaluate('stockholm-2022', clinicWith(0.76, 2150));
    expect(component(result, 'named-doctor-bonus')).toMatchObject({ applies: true, amount: 40000 });
    expect(result.continuity.namedDoctorBonusEarned).toBe(true);
    expect(result.continuity.namedDoctorBonusFailedConditions).toEqual([]);
  });

  it('pays no bonus below the 75 % target, however short the lists', async () => {
    const result = await evaluate('stockholm-2022', clinicWith(0.74, 1500));
    expect(component(result, 'named-doctor-bonus').applies).toBe(false);
    expect(result.continuity.namedDoctorBonusFailedConditions.map((c) => c.fact)).toEqual(['namedDoctorShare']);
  });

  it('gives "a clinic of normal size with 10 000 listed" 40 000 kr a year (Läkartidningen, Nov 2021)', async () => {
    const result = await evaluate('stockholm-2022', clinicWith(0.8, 2000));
    expect(component(result, 'named-doctor-bonus').amount).toBe(40000);
  });

  it('doubles the bonus per listed patient from 2021 to 2022 ("från 2 till 4 kronor")', async () => {
    const [before, after] = await Promise.all([
      evaluate('stockholm-2021', clinicWith(0.8, 2000)),
      evaluate('stockholm-2022', clinicWith(0.8, 2000)),
    ]);
    const perPatient = (r: typeof before) => component(r, 'named-doctor-bonus').amount / 10000;
    expect(perPatient(before)).toBe(2);
    expect(perPatient(after)).toBe(2 * perPatient(before));
  });

  it('moves the cap from 2 300 to 2 200: 2 250 listed per doctor earns the bonus in 2021, not in 2022', async () => {
    expect(component(await evaluate('stockholm-2021', clinicWith(0.76, 2250)), 'named-doctor-bonus').applies).toBe(true);
    expect(component(await evaluate('stockholm-2022', clinicWith(0.76, 2250)), 'named-doctor-bonus').applies).toBe(false);
  });

  it('lowers the närakut ratio from 1.2 to 1.15: a clinic at 1.18 pays only under 2022', async () => {
    const in2021 = component(await evaluate('stockholm-2021', { narakutRatio: 1.18 }), 'narakut-cost-responsibility');
    const in2022 = component(await evaluate('stockholm-2022', { narakutRatio: 1.18 }), 'narakut-cost-responsibility');
    expect(in2021).toMatchObject({ applies: false, amount: 0 });
    expect(in2022.applies).toBe(true);
    expect(in2022.amount).toBeLessThan(0);
  });

  it('keeps "4 % eller 252 miljoner kronor" as context and grows the clinics\' budget by the 267 MSEK of "utökas nästa år med 267 miljoner"', () => {
    const p2022 = ruleSet('stockholm-2022').parameters;
    expect(p2022.generalResourcesIncrease2022).toMatchObject({ value: 252_000_000, context: true });
    expect(p2022.clinicBudget.value - ruleSet('stockholm-2021').parameters.clinicBudget.value).toBeCloseTo(267_000_000, 0);
  });

  it('pays 110 kr per visit in 2021 and 115 kr in 2022, 300 kr for patients not listed at the clinic', async () => {
    const clinic = { listedPatients: 10000, visitsPerListedPatient: 2, unlistedVisits: 100 };
    const [in2021, in2022] = await Promise.all([evaluate('stockholm-2021', clinic), evaluate('stockholm-2022', clinic)]);
    expect(component(in2021, 'visit-payment-listed').amount).toBe(20000 * 110);
    expect(component(in2022, 'visit-payment-listed').amount).toBe(20000 * 115);
    expect(component(in2022, 'visit-payment-unlisted').amount).toBe(100 * 300);
  });

  it('pays for video group visits only from 2022 ("i dag endast för individuella digitala patientbesök")', async () => {
    expect(component(await evaluate('stockholm-2021', { videoGroupVisits: 100 }), 'video-group-visit-payment').amount).toBe(0);
    expect(component(await evaluate('stockholm-2022', { videoGroupVisits: 100 }), 'video-group-visit-payment').amount).toBeGreaterThan(0);
  });

  it('gives an average clinic the average listing payment: the budget × about 80 % ÷ listed residents', async () => {
    const result = await evaluate('stockholm-2022');
    const budget = ruleSet('stockholm-2022').parameters.clinicBudget.value;
    expect(component(result, 'listing-payment').amount / 10000).toBeCloseTo((budget * 0.8) / 2_146_907, 6);
  });
});

describe('Stockholm 2026 (Läkartidningen: +580 MSEK, 65–74 +22 %, 75+ +37 %)', () => {
  it('pays a listed patient aged 65–74 22 % more than in 2025, and one aged 75+ 37 % more ("höjs med 22 procent … 37 procent")', async () => {
    // Other things equal: care-need index 1, one age band at a time.
    const perPatient = async (id: string, shares: Partial<Record<'shareAged0to4' | 'shareAged65to74' | 'shareAged75plus', number>>) =>
      component(await evaluate(id, { shareAged0to4: 0, shareAged65to74: 0, shareAged75plus: 0, ...shares, careNeedIndex: 1 }), 'listing-payment').amount / 10000;
    for (const [shares, rise] of [[{ shareAged65to74: 1 }, 1.22], [{ shareAged75plus: 1 }, 1.37]] as const) {
      expect((await perPatient('stockholm-2026', shares)) / (await perPatient('stockholm-2025', shares))).toBeCloseTo(rise, 10);
    }
    // The other ages get what remains of the 580 MSEK: a rise, but a smaller one.
    const younger = (await perPatient('stockholm-2026', {})) / (await perPatient('stockholm-2025', {}));
    expect(younger).toBeGreaterThan(1);
    expect(younger).toBeLessThan(1.22);
    const p = ruleSet('stockholm-2026').parameters;
    expect(p.listingPerPatient65to74.value / ruleSet('stockholm-2025').parameters.listingPerPatient65to74.value).toBeCloseTo(1.22, 10);
    expect(p.listingPerPatient0to4.value / ruleSet('stockholm-2025').parameters.listingPerPatient0to4.value).toBeCloseTo(1 + p.listingRaiseOtherAges.value, 10);
  });

  it('puts the whole 580 MSEK into the listing payment, region-wide', async () => {
    const listing = async (id: string) => component(await evaluate(id), 'listing-payment').amount * (2_146_907 / 10000);
    expect((await listing('stockholm-2026')) - (await listing('stockholm-2025'))).toBeCloseTo(580_000_000, -3);
  });

  it('pays an older clinic more per listed patient than a younger one, more so than in 2022', async () => {
    const older = { shareAged65to74: 0.15, shareAged75plus: 0.15 };
    const gain = async (id: string) =>
      component(await evaluate(id, older), 'listing-payment').amount / component(await evaluate(id), 'listing-payment').amount;
    expect(await gain('stockholm-2026')).toBeGreaterThan(await gain('stockholm-2022'));
    expect(await gain('stockholm-2022')).toBeGreaterThan(1);
  });

  it('pays the ordinary fee for patients listed elsewhere after the 300 kr was "abolished from 1 May 2023"', async () => {
    expect(component(await evaluate('stockholm-2026', { unlistedVisits: 100 }), 'visit-payment-unlisted').amount).toBe(100 * 115);
  });
});

describe("Liberalerna's proposal (seed 003)", () => {
  it('raises the target to 80 %, and to 90 % in its second step, read as variants', () => {
    expect(ruleSet('proposal-l-2022').parameters.namedDoctorTarget.value).toBe(0.8);
    expect(ruleSet('proposal-l-2022:target-90').parameters.namedDoctorTarget.value).toBe(0.9);
    expect(ruleSet('proposal-l-2022').lineage).toEqual(['base-stockholm', 'stockholm-2019', 'stockholm-2020', 'stockholm-2021', 'stockholm-2022', 'proposal-l-2022']);
  });

  it('marks the "higher bonus" illustrative, since the report gives no figure', () => {
    const bonus = ruleSet('proposal-l-2022').parameters.namedDoctorBonusPerPatient;
    expect(bonus.provenance.kind).toBe('illustrative');
    expect(bonus.value).toBeGreaterThan(ruleSet('stockholm-2022').parameters.namedDoctorBonusPerPatient.value);
  });

  it('keeps the budget: the visit fee falls by exactly the kronor that move to the listing payment, region-wide', () => {
    const p = (id: string) => ruleSet(id).parameters;
    const before = p('stockholm-2022');
    const moved = (p('proposal-l-2022').listingShareOfPay.value - 0.8) * before.clinicBudget.value;
    const visitsInRegion = before.listedResidents.value * before.regionVisitsPerListedPatient.value;
    for (const id of ['proposal-l-2022', 'proposal-l-2022:target-90']) {
      expect(p(id).visitFeeListed.value).toBeCloseTo(before.visitFeeListed.value - moved / visitsInRegion, 10);
      expect(p(id).visitFeeListed.value).toBeGreaterThan(0);
    }
  });
});

describe("Social Democrats' action plan (seed 001)", () => {
  it('aims at 1 100 residents per GP, Socialstyrelsen\'s guide value, as a goal rather than a cap in the payment rules', () => {
    expect(ruleSet('proposal-s-2024').parameters.listSizeGoal.value).toBe(1100);
    expect(ruleSet('proposal-s-2024').parameters.socialstyrelsenGuideValue.value).toBe(1100);
    expect(ruleSet('proposal-s-2024').continuity.patientCap).toBe('bonusPatientCap');
  });

  it('finds that the region needs about 2 200 GPs to reach 1 100 per GP ("från 1240 till 2200 allmänläkare")', () => {
    const parameters = ruleSet('proposal-s-2024').parameters;
    const region = deriveFacts({ ...defaultClinic(), listedPatients: parameters.residents.value, doctors: parameters.generalPractitionersToday.value });
    const continuity = continuityOf(ruleSet('proposal-s-2024'), region, [], []);
    expect(continuity.doctorsFor1100).toBeCloseTo(2_354_991 / 1100, 6);
    expect(Math.abs(continuity.doctorsFor1100 - parameters.generalPractitionersTarget2034.value) / 2200).toBeLessThan(0.03);
    expect(continuity.patientsPerDoctor).toBeCloseTo(2_354_991 / 1240, 6);
  });

  it('rewards shorter lists: graded from 2 200 down to 1 100, or all-or-nothing at 1 100', async () => {
    const at = async (id: string, perDoctor: number) => component(await evaluate(id, clinicWith(0.5, perDoctor)), 'list-size-payment').amount;
    expect(await at('proposal-s-2024', 2200)).toBeCloseTo(0, 6);
    expect(await at('proposal-s-2024', 1650)).toBeCloseTo(10000 * 150 * 0.5, 6);
    expect(await at('proposal-s-2024', 1100)).toBeCloseTo(10000 * 150, 6);
    expect(await at('proposal-s-2024:threshold', 1150)).toBe(0);
    expect(await at('proposal-s-2024:threshold', 1100)).toBe(10000 * 150);
  });
});

describe('continuity indicators', () => {
  it('compares patients per doctor with 1 100 and with the rule set\'s cap, and counts the doctors needed', async () => {
    const { continuity } = await evaluate('stockholm-2022', { listedPatients: 11000, doctors: 5 });
    expect(continuity).toMatchObject({
      patientsPerDoctor: 2200,
      guideValue: 1100,
      patientCap: 2200,
      withinGuideValue: false,
      withinPatientCap: true,
      namedDoctorTarget: 0.75,
      doctorsFor1100: 10,
      additionalDoctorsFor1100: 5,
    });
  });

  it('has no named-doctor target or bonus in 2019, where the sources give none', async () => {
    const { continuity } = await evaluate('stockholm-2019');
    expect(continuity.namedDoctorTarget).toBeNull();
    expect(continuity.namedDoctorBonusEarned).toBeNull();
    expect(continuity.patientCap).toBeNull();
  });
});
