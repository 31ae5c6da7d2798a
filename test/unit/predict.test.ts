import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import type { RuleSetResult } from '../../src/lib/engine/types.ts';
import { ruleSetName } from '../../src/lib/format/explain.ts';
import type { Language } from '../../src/lib/format/numbers.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';
import {
  ABOUT_THE_SAME,
  answerQuestion,
  bonusAnswer,
  isCorrect,
  payAnswer,
  payChoiceFor,
  type PayAnswer,
} from '../../src/lib/predict/question.ts';
import { isPredictQuestion, notApplicableReason, questionTarget } from '../../src/lib/predict/target.ts';
import { answerWords, clinicLines, questionText, verdictText } from '../../src/lib/predict/text.ts';
import { defaultClinic } from '../../src/lib/clinic/fields.ts';
import { catalog, evaluate, ruleSet } from '../helpers/rules.ts';
import { clinicArbitrary } from '../helpers/arbitraries.ts';

const hasBonus = (id: string) => !!catalog.get(id)?.components.some((c) => c.id === 'named-doctor-bonus');
const byId = (...results: RuleSetResult[]) => Object.fromEntries(results.map((r) => [r.ruleSet, r]));
const words = (language: Language) => {
  const t = translator(createI18n(language, readLocaleBundle(language)));
  return { t, name: (id: string) => ruleSetName(ruleSet(id), t) };
};
/** Intl puts non-breaking spaces in numbers; compare with ordinary ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('which questions a scenario allows', () => {
  it('accepts only pay and bonus', () => {
    expect(['pay', 'bonus'].every(isPredictQuestion)).toBe(true);
    for (const value of ['', 'PAY', 'payy', 'toString', '__proto__', null, undefined, 1]) expect(isPredictQuestion(value)).toBe(false);
  });

  it('asks pay about the baseline against the first comparison, and not at all without one', () => {
    expect(questionTarget('pay', { baseline: 'stockholm-2022', comparisons: ['proposal-l-2022', 'stockholm-2026'] })).toEqual({
      question: 'pay',
      baseline: 'stockholm-2022',
      comparison: 'proposal-l-2022',
    });
    expect(questionTarget('pay', { baseline: 'stockholm-2022', comparisons: [] })).toBeNull();
    expect(notApplicableReason('pay', { baseline: 'stockholm-2022', comparisons: [] }, hasBonus)).toBe('no-comparison');
  });

  it('asks bonus about the first comparison, or the baseline without one, and not of rules with no bonus', () => {
    expect(questionTarget('bonus', { baseline: 'stockholm-2022', comparisons: ['stockholm-2026'] })).toEqual({ question: 'bonus', ruleSet: 'stockholm-2026' });
    expect(questionTarget('bonus', { baseline: 'stockholm-2022', comparisons: [] })).toEqual({ question: 'bonus', ruleSet: 'stockholm-2022' });
    expect(notApplicableReason('bonus', { baseline: 'stockholm-2022', comparisons: [] }, hasBonus)).toBeNull();
    expect(notApplicableReason('bonus', { baseline: 'stockholm-2019', comparisons: [] }, hasBonus)).toBe('no-bonus');
    expect(notApplicableReason('bonus', { baseline: 'stockholm-2022', comparisons: ['stockholm-2019'] }, hasBonus)).toBe('no-bonus');
  });

  it('agrees with the engine on which rule sets have a bonus', async () => {
    for (const set of catalog.ruleSets) {
      const result = await evaluate(set.id);
      expect(hasBonus(set.id), set.id).toBe(result.continuity.namedDoctorBonusEarned !== null);
    }
  });
});

describe('the pay answer', () => {
  it('counts a change within ±0.5 % of the baseline, boundary included, as about the same', () => {
    expect(ABOUT_THE_SAME).toBe(0.005);
    expect(payChoiceFor(1_000_000, 1_005_000)).toBe('same');
    expect(payChoiceFor(1_000_000, 995_000)).toBe('same');
    expect(payChoiceFor(1_000_000, 1_000_000)).toBe('same');
    expect(payChoiceFor(1_000_000, 1_005_001)).toBe('more');
    expect(payChoiceFor(1_000_000, 994_999)).toBe('less');
    expect(payChoiceFor(0, 1)).toBe('more');
  });

  it('for the default clinic: about the same under Liberalerna 2022, the listing payment up by exactly what visit pay loses', async () => {
    const base = await evaluate('stockholm-2022');
    const other = await evaluate('proposal-l-2022');
    const answer = payAnswer(base, other);
    expect(answer).toMatchObject({ kind: 'pay', baseline: 'stockholm-2022', comparison: 'proposal-l-2022', correct: 'same' });
    expect(answer.change).toBeCloseTo(other.total - base.total, 6);
    // The two halves of the budget-neutral shift are equally large; then the extended-hours reading.
    expect(answer.biggest.slice(0, 2).map((s) => s.id).sort()).toEqual(['listing-payment', 'visit-payment-listed']);
    expect(answer.biggest[2].id).toBe('extended-hours-payment');
    // What the listing payment gains, visit pay loses.
    expect(answer.biggest[0].change + answer.biggest[1].change).toBeCloseTo(0, 4);
    // What is left is the reading's higher pay for extended hours: 4 hours × (40 000 − 30 000) kr.
    expect(answer.biggest[2].change).toBeCloseTo(40_000, 6);
    expect(answer.rest).toBe(0);
  });

  it('names at most three changes, largest first, and the rest adds up to the change in the total', async () => {
    const pairs = catalog.ruleSets.flatMap((a) => catalog.ruleSets.filter((b) => b !== a).map((b) => [a.id, b.id] as const));
    await fc.assert(
      fc.asyncProperty(clinicArbitrary, fc.constantFrom(...pairs), async (clinic, [a, b]) => {
        const answer = payAnswer(await evaluate(a, clinic), await evaluate(b, clinic));
        expect(answer.biggest.length).toBeLessThanOrEqual(3);
        const sizes = answer.biggest.map((s) => Math.abs(s.change));
        expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
        for (const shift of answer.biggest) expect(Math.abs(shift.change)).toBeGreaterThanOrEqual(0.5);
        const sum = answer.biggest.reduce((s, c) => s + c.change, 0) + answer.rest;
        expect(Math.abs(sum - answer.change)).toBeLessThan(0.5);
        const expected = Math.abs(answer.change) <= 0.005 * answer.baselineTotal ? 'same' : answer.change > 0 ? 'more' : 'less';
        expect(answer.correct).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('is right only for the matching choice', async () => {
    const answer = payAnswer(await evaluate('stockholm-2022'), await evaluate('proposal-s-2024'));
    expect(isCorrect(answer, 'more')).toBe(true);
    expect(isCorrect(answer, 'less')).toBe(false);
    expect(isCorrect(answer, 'same')).toBe(false);
    expect(isCorrect(answer, null)).toBe(false);
  });
});

describe('the bonus answer', () => {
  it('says not earned, with the failed condition and what the bonus would have paid', async () => {
    const answer = bonusAnswer(await evaluate('proposal-l-2022'));
    expect(answer).toMatchObject({ kind: 'bonus', ruleSet: 'proposal-l-2022', correct: 'no' });
    expect(answer!.failed).toEqual([expect.objectContaining({ fact: 'namedDoctorShare', actual: 0.62, threshold: 0.8, passed: false })]);
    expect(answer!.amount).toBeGreaterThan(0);
  });

  it('says earned, with the conditions met and the amount paid', async () => {
    const result = await evaluate('stockholm-2022', { namedDoctorShare: 0.8 });
    const answer = bonusAnswer(result);
    expect(answer).toMatchObject({ correct: 'yes', failed: [] });
    expect(answer!.amount).toBe(result.components.find((c) => c.id === 'named-doctor-bonus')!.amount);
    expect(answer!.met.length).toBeGreaterThan(0);
    expect(answer!.met.every((leaf) => leaf.passed)).toBe(true);
  });

  it('has no answer for rules without the bonus', async () => {
    expect(bonusAnswer(await evaluate('stockholm-2019'))).toBeNull();
    const results = byId(await evaluate('stockholm-2019'));
    expect(answerQuestion('bonus', { baseline: 'stockholm-2019', comparisons: [] }, results)).toEqual({
      kind: 'not-applicable',
      question: 'bonus',
      reason: 'no-bonus',
    });
  });

  it('matches the engine for any clinic', async () => {
    const ids = catalog.ruleSets.filter((r) => hasBonus(r.id)).map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(clinicArbitrary, fc.constantFrom(...ids), async (clinic, id) => {
        const result = await evaluate(id, clinic);
        const answer = answerQuestion('bonus', { baseline: id, comparisons: [] }, byId(result));
        expect(answer.kind).toBe('bonus');
        if (answer.kind !== 'bonus') return;
        expect(answer.correct === 'yes').toBe(result.continuity.namedDoctorBonusEarned);
        expect(answer.failed).toEqual(result.continuity.namedDoctorBonusFailedConditions);
      }),
      { numRuns: 60 },
    );
  });
});

describe('answering a question for a scenario', () => {
  it('uses the scenario’s rule sets, and says so when a result is missing', async () => {
    const scenario = { baseline: 'stockholm-2022', comparisons: ['stockholm-2026', 'proposal-l-2022'] };
    const results = byId(await evaluate('stockholm-2022'), await evaluate('stockholm-2026'), await evaluate('proposal-l-2022'));
    const pay = answerQuestion('pay', scenario, results) as PayAnswer;
    expect([pay.baseline, pay.comparison]).toEqual(['stockholm-2022', 'stockholm-2026']);
    expect(answerQuestion('bonus', scenario, results)).toMatchObject({ kind: 'bonus', ruleSet: 'stockholm-2026' });
    expect(answerQuestion('pay', { baseline: 'stockholm-2022', comparisons: [] }, results)).toMatchObject({ reason: 'no-comparison' });
    expect(answerQuestion('pay', scenario, byId(await evaluate('stockholm-2022')))).toMatchObject({ reason: 'no-result' });
  });
});

describe('the words', () => {
  it('asks and answers pay in Swedish, with the numbers and what "about the same" means', async () => {
    const { t, name } = words('sv');
    const answer = payAnswer(await evaluate('stockholm-2022'), await evaluate('proposal-s-2024'));
    const social = name('proposal-s-2024');
    expect(social).toMatch(/^Socialdemokraternas/);
    expect(questionText({ question: 'pay', baseline: 'stockholm-2022', comparison: 'proposal-s-2024' }, name, t)).toBe(
      `Får vårdcentralen mer eller mindre betalt enligt ”${social}” än enligt ”Stockholm 2022”?`,
    );
    const said = answerWords(answer, name, 'sv', t);
    // 10 000 listed, 1 724 per doctor: (2 200 − 1 724) ÷ (2 200 − 1 100) of 150 kr per listed patient.
    expect(plain(said.answer)).toBe(
      plain(`Enligt ”${social}” får vårdcentralen 30,2 mnkr om året. Det är 648 903 kr (2,2 %) mer än de 29,5 mnkr den får enligt ”Stockholm 2022”.`),
    );
    expect(plain(said.note)).toContain('högst 0,5 % av ersättningen enligt ”Stockholm 2022”');
    expect(said.items.map(plain)).toEqual(['Ersättning för kortare listor: +648 903 kr']);
  });

  it('answers "about the same" with the signed difference', () => {
    const { t, name } = words('en');
    const answer: PayAnswer = {
      kind: 'pay',
      baseline: 'stockholm-2022',
      comparison: 'stockholm-2026',
      correct: 'same',
      baselineTotal: 10_000_000,
      comparisonTotal: 9_980_000,
      change: -20_000,
      relativeChange: -0.002,
      biggest: [{ id: 'listing-payment', change: -20_000 }],
      rest: 0,
    };
    const said = answerWords(answer, name, 'en', t);
    expect(plain(said.answer)).toBe('Under “Stockholm 2026” the clinic gets SEK 9.98m a year, and under “Stockholm 2022” SEK 10.0m. The difference is only -SEK 20,000 (-0.2%).');
    expect(said.items.map(plain)).toEqual(['Listing payment: -SEK 20,000']);
  });

  it('explains a bonus not earned with the failed condition, in English', async () => {
    const { t, name } = words('en');
    const said = answerWords(bonusAnswer(await evaluate('proposal-l-2022'))!, name, 'en', t);
    expect(plain(said.answer)).toBe(
      plain(`No. Under “${name('proposal-l-2022')}” the clinic does not earn the named-doctor bonus. It would have been worth SEK 60,000 a year.`),
    );
    expect(said.lead).toBe('What is missing:');
    expect(said.items.map(plain)).toEqual(['share listed on a named doctor is 62%, needs at least 80%']);
  });

  it('gives the verdict, right or wrong', async () => {
    const { t } = words('sv');
    const answer = payAnswer(await evaluate('stockholm-2022'), await evaluate('proposal-l-2022'));
    expect(verdictText(answer, 'same', t)).toBe('Rätt! Du svarade ”Ungefär lika mycket”.');
    expect(verdictText(answer, 'more', t)).toBe('Inte riktigt. Du svarade ”Mer”, men rätt svar är ”Ungefär lika mycket”.');
  });

  it('describes every clinic input in words', () => {
    const { t } = words('sv');
    const lines = clinicLines(defaultClinic(), 'sv', t).map(plain);
    expect(lines).toHaveLength(13);
    expect(lines).toContain('10 000 listade patienter');
    expect(lines).toContain('62 % listade på namngiven läkare');
  });
});
