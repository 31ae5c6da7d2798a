// "What would it take": the doctors for the rule set's cap, the bonus's
// conditions and what the bonus would pay if earned, checked against the
// figures the sources give (seed 000 and Läkartidningen's 10 000 → 40 000 kr).
import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import { whatItTakes } from '../../src/lib/format/what-it-takes.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';
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

describe('what it would take, in words', () => {
  const NBSP = '\u00a0';
  const en = translator(createI18n('en', readLocaleBundle('en')));
  const sv = translator(createI18n('sv', readLocaleBundle('sv')));

  it('says what the bonus asks and would pay under Stockholm 2022, as the issue words it', async () => {
    const result = await evaluate('stockholm-2022', tenThousand);
    const [bonus, cap, guide] = whatItTakes(result.continuity, 'Stockholm 2022', { doctors: 5.8, total: result.total }, 'en', en);
    expect(bonus).toMatch(
      /^To earn the bonus under Stockholm 2022, this clinic needs 75% of its patients on a named doctor \(now 62%\) and at most 2,200 per doctor \(now 1,724\): it would get SEK.40,000 a year, 0\.\d\d% of its total pay\.$/,
    );
    expect(cap).toBe('Its cap of 2,200 listed per doctor needs 4.5 full-time doctors; with 5.8 the clinic is within it.');
    expect(guide).toBe("For Socialstyrelsen's 1,100 per doctor: 9.1 full-time doctors (3.3 more).");
  });

  it('says it in Swedish, and says when the bonus is earned and when more doctors are needed', async () => {
    const result = await evaluate('stockholm-2021', { listedPatients: 10000, doctors: 4, namedDoctorShare: 0.75 });
    const [bonus, cap] = whatItTakes(result.continuity, 'Stockholm 2021', { doctors: 4, total: result.total }, 'sv', sv);
    expect(bonus).toContain(`För att få bonusen enligt Stockholm 2021 behöver mottagningen 70${NBSP}% av patienterna listade på namngiven läkare (nu 75${NBSP}%) och högst 2${NBSP}300 per läkare (nu 2${NBSP}500)`);
    expect(bonus).toContain(`20${NBSP}000${NBSP}kr om året`);
    expect(cap).toBe(`För att hålla sig inom taket på 2${NBSP}300 listade per läkare behöver mottagningen 4,3 heltidsläkare: 0,3 fler än nu.`);
    const earned = await evaluate('stockholm-2021', { listedPatients: 10000, doctors: 5, namedDoctorShare: 0.75 });
    expect(whatItTakes(earned.continuity, 'Stockholm 2021', { doctors: 5, total: earned.total }, 'en', en)[0]).toMatch(
      /^Under Stockholm 2021, this clinic earns the bonus, which needs 70% .* \(now 75%\) and at most 2,300 per doctor \(now 2,000\): SEK.20,000 a year/,
    );
  });

  it('says so where the rule set has no bonus and no cap', async () => {
    const result = await evaluate('stockholm-2019', tenThousand);
    expect(whatItTakes(result.continuity, 'Stockholm 2019', { doctors: 5.8, total: result.total }, 'en', en).slice(0, 2)).toEqual([
      'Stockholm 2019 pays no named-doctor bonus.',
      'It sets no cap on listed patients per doctor.',
    ]);
  });
});
