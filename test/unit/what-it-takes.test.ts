// "What would it take": the doctors for the rule set's cap, the bonus's
// conditions and what the bonus would pay if earned, checked against the
// figures the sources give (seed 000 and Läkartidningen's 10 000 → 40 000 kr).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../helpers/rules.ts';

const tenThousand = { listedPatients: 10000, doctors: 5.8, namedDoctorShare: 0.62 };

describe('what it would take, per rule set', () => {
  it('needs 4.55 full-time doctors under the 2022 cap of 2 200 and 4.35 under 2021\'s 2 300 for 10 000 listed', async () => {
    const c2022 = (await evaluate('stockholm-2022', tenThousand)).continuity;
    const c2021 = (await evaluate('stockholm-2021', tenThousand)).continuity;
    expect(c2022.doctorsForCap).toBeCloseTo(4.55, 2);
    expect(c2021.doctorsForCap).toBeCloseTo(4.35, 2);
    expect(c2022.additionalDoctorsForCap).toBe(0);
    const few = (await evaluate('stockholm-2022', { ...tenThousand, doctors: 4 })).continuity;
    expect(few.additionalDoctorsForCap).toBeCloseTo(10000 / 2200 - 4, 10);
  });

  it('pays 40 000 kr a year under 2022 and 20 000 kr under 2021 if the bonus is earned, even when it is not', async () => {
    const c2022 = (await evaluate('stockholm-2022', tenThousand)).continuity;
    const c2021 = (await evaluate('stockholm-2021', tenThousand)).continuity;
    expect(c2022.namedDoctorBonusEarned).toBe(false);
    expect(c2022.bonusIfEarned).toBe(40000);
    expect(c2021.bonusIfEarned).toBe(20000);
  });

  it('reads the share and the list size the bonus needs from its conditions', async () => {
    const c2022 = (await evaluate('stockholm-2022', tenThousand)).continuity;
    expect(c2022).toMatchObject({ namedDoctorShareForBonus: 0.75, patientsPerDoctorForBonus: 2200 });
    const c2021 = (await evaluate('stockholm-2021', tenThousand)).continuity;
    expect(c2021).toMatchObject({ namedDoctorShareForBonus: 0.7, patientsPerDoctorForBonus: 2300 });
    const l = (await evaluate('proposal-l-2022', tenThousand)).continuity;
    expect(l.namedDoctorShareForBonus).toBe(0.8);
    const l90 = (await evaluate('proposal-l-2022:target-90', tenThousand)).continuity;
    expect(l90.namedDoctorShareForBonus).toBe(0.9);
  });

  it('earns what it would get: bonusIfEarned is the amount once the conditions hold', async () => {
    const earned = await evaluate('stockholm-2022', { ...tenThousand, namedDoctorShare: 0.8 });
    const bonus = earned.components.find((c) => c.id === 'named-doctor-bonus')!;
    expect(earned.continuity.namedDoctorBonusEarned).toBe(true);
    expect(bonus.amount).toBe(earned.continuity.bonusIfEarned);
  });

  it('is null where the rule set has no such rule: 2019 has neither a bonus nor a cap', async () => {
    const c2019 = (await evaluate('stockholm-2019', tenThousand)).continuity;
    expect(c2019).toMatchObject({
      namedDoctorBonusEarned: null,
      bonusIfEarned: null,
      namedDoctorShareForBonus: null,
      patientsPerDoctorForBonus: null,
      patientCap: null,
      doctorsForCap: null,
      additionalDoctorsForCap: null,
    });
  });

  it("keeps 2022's cap in the Social Democrats' plan, where 1 100 is a goal rather than a cap in the rules", async () => {
    const s = (await evaluate('proposal-s-2024', tenThousand)).continuity;
    expect(s.patientCap).toBe(2200);
    expect(s.doctorsForCap).toBeCloseTo(10000 / 2200, 10);
  });
});
