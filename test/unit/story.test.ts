// The guided story's pure logic: every chapter's numbers come from the same catalog and evaluator as
// the explainer (checked against evaluating the rule sets directly), the two predictions' right answers,
// the words in both languages, the bars' geometry and the link that opens the explainer.
import { describe, expect, it } from 'vitest';
import { readLocaleBundle } from '../../src/cli/locales.ts';
import { defaultClinic, type Clinic } from '../../src/lib/clinic/fields.ts';
import { NAMED_DOCTOR_BONUS } from '../../src/lib/engine/continuity.ts';
import { RuleSetEvaluator } from '../../src/lib/engine/evaluator.ts';
import { RangeEvaluator } from '../../src/lib/engine/range.ts';
import type { Language } from '../../src/lib/format/numbers.ts';
import { createI18n, translator } from '../../src/lib/i18n/create.ts';
import { bonusAnswer } from '../../src/lib/predict/question.ts';
import { bundledCatalog } from '../../src/lib/rules/bundled.ts';
import { barScale, MIN_VISIBLE } from '../../src/lib/story/bars.ts';
import {
  bonusFigures,
  bonusReveal,
  changedFigures,
  continuityFigures,
  GROWN_LISTED,
  LISTING_PAYMENT,
  paidFigures,
  proposalReveal,
  STORY_RULES,
  whoCountsFigures,
  yourTurnFigures,
} from '../../src/lib/story/figures.ts';
import { explainerHref } from '../../src/lib/story/link.ts';
import { STORY_NAMESPACES } from '../../src/lib/story/namespaces.ts';
import {
  bonusQuestion,
  bonusRevealWords,
  bonusWords,
  changedWords,
  clinicLine,
  computedWith,
  continuityWords,
  findingWords,
  paidWords,
  proposalQuestion,
  proposalRevealWords,
  proposalsText,
  STORY_CHAPTERS,
  whoWords,
  yourTurnWords,
  type Block,
  type RevealWords,
} from '../../src/lib/story/text.ts';
import { parsePageUrl } from '../../src/lib/url/codec.ts';

// The page's own catalog (the build's rule files) and a fresh evaluator, as src/story/main.ts makes them.
const catalog = bundledCatalog();
const core = { catalog, evaluator: new RuleSetEvaluator() };
const direct = new RuleSetEvaluator();
const evaluate = (id: string, changes: Partial<Clinic> = {}) => direct.evaluate(catalog.get(id)!, { ...defaultClinic(), ...changes });
const amountOf = async (id: string, component: string, changes: Partial<Clinic> = {}) =>
  (await evaluate(id, changes)).components.find((c) => c.id === component)!.amount;
const words = (language: Language) => {
  const bundle = readLocaleBundle(language);
  const loaded = Object.fromEntries(STORY_NAMESPACES.map((namespace) => [namespace, bundle[namespace]]));
  return { t: translator(createI18n(language, loaded)), language, catalog };
};
/** Intl puts non-breaking spaces in numbers; compare with ordinary ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const blockTexts = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'p' ? [b.line.text] : b.kind === 'list' ? [b.lead, ...b.items.map((i) => i.text)] : [b.chart.label, ...b.chart.rows.flatMap((r) => [r.label, r.text])]));
/** An answer's texts; the verdict is empty, and left out, when no guess was made (the page without JavaScript). */
const revealTexts = (r: RevealWords) => [...(r.correct === null ? [] : [r.verdict]), r.answer.text, ...blockTexts(r.blocks)].map(plain);

describe('the story’s numbers come from the core', () => {
  it('1. how a clinic is paid: the average clinic gets about 29.5 MSEK under Stockholm 2022, about 80 % of it listing pay', async () => {
    const paid = await paidFigures(core, defaultClinic().visitsPerListedPatient);
    const result = await evaluate(STORY_RULES.now);
    expect(paid.total).toBe(result.total);
    expect(paid.total).toBeGreaterThan(29.45e6);
    expect(paid.total).toBeLessThan(29.55e6);
    expect(paid.listing.amount).toBe(await amountOf(STORY_RULES.now, LISTING_PAYMENT));
    expect(paid.listing.share).toBeCloseTo(0.8, 6);
    expect(paid.parts.reduce((sum, p) => sum + p.amount, 0)).toBeCloseTo(paid.total, 0);
    expect(paid.parts.map((p) => p.amount)).toEqual([...paid.parts.map((p) => p.amount)].sort((a, b) => b - a));
    expect(paid.visits + paid.listing.amount + paid.rest).toBeCloseTo(paid.total, 3);
  });

  it('1. more visits move visit pay only, and listing pay stays most of the money (what the chapter says)', async () => {
    const [fewer, more] = await Promise.all([paidFigures(core, 2), paidFigures(core, 5)]);
    expect(more.visits).toBeGreaterThan(fewer.visits);
    expect(more.listing.amount).toBe(fewer.listing.amount);
    expect(more.rest).toBeCloseTo(fewer.rest, 3);
    expect(more.total - fewer.total).toBeCloseTo(more.visits - fewer.visits, 3);
    for (const f of [fewer, more]) expect(f.listing.share).toBeGreaterThan(0.5);
  });

  it('2. who counts more: listing pay by age from the rule set, the care-need index from the engine', async () => {
    const who = await whoCountsFigures(core, 1);
    const ruleSet = catalog.get(STORY_RULES.now)!;
    expect(who.ages.map((a) => a.perPatient)).toEqual(['0to4', '5to64', '65to74', '75plus'].map((band) => ruleSet.parameters[`listingPerPatient${band}`].value));
    const [young, adult, older, oldest] = who.ages.map((a) => a.perPatient);
    // What the chapter says: older patients bring more, and so do small children.
    expect(oldest).toBeGreaterThan(older);
    expect(older).toBeGreaterThan(adult);
    expect(young).toBeGreaterThan(adult);
    expect(who.listingPerPatient * 10000).toBeCloseTo(await amountOf(STORY_RULES.now, LISTING_PAYMENT), 3);
    const needier = await whoCountsFigures(core, 1.5);
    expect(needier.listingPerPatient).toBeGreaterThan(who.listingPerPatient);
    expect(needier.listingPerPatient * 10000).toBeCloseTo(await amountOf(STORY_RULES.now, LISTING_PAYMENT, { careNeedIndex: 1.5 }), 3);
    expect(needier.total).toBe((await evaluate(STORY_RULES.now, { careNeedIndex: 1.5 })).total);
  });

  it('3. the named-doctor bonus: 4 kr × 10 000 = 40 000 kr if earned, asking 75 % on a named doctor and at most 2 200 per doctor', async () => {
    const bonus = await bonusFigures(core);
    expect(bonus).toMatchObject({ perPatient: 4, ifEarned: 40000, target: 0.75, cap: 2200, earned: false, namedDoctorShare: 0.62 });
    const result = await evaluate(STORY_RULES.now);
    expect(bonus.ifEarned).toBe(result.continuity.bonusIfEarned);
    expect(bonus.shareOfTotal).toBeCloseTo(40000 / result.total, 12);
    expect(bonus.shareOfTotal).toBeLessThan(0.002);
  });

  it('3. prediction: grown to 12 000 with 5.8 doctors, 2 069 per doctor is under the cap, but 62 % on a named doctor is under 75 %: no bonus', async () => {
    const { answer, grown } = await bonusReveal(core);
    expect(answer.correct).toBe('no');
    expect(grown.clinic.listedPatients).toBe(GROWN_LISTED);
    expect(grown.patientsPerDoctor).toBeCloseTo(12000 / 5.8, 6);
    expect(Math.round(grown.patientsPerDoctor)).toBe(2069);
    expect(grown.patientsPerDoctor).toBeLessThanOrEqual(grown.cap);
    expect(answer.met.map((leaf) => leaf.fact)).toEqual(['patientsPerDoctor']);
    expect(answer.failed.map((leaf) => [leaf.fact, leaf.actual, leaf.threshold])).toEqual([['namedDoctorShare', 0.62, 0.75]]);
    expect(answer.amount).toBe(48000);
    expect(answer).toEqual(bonusAnswer(await evaluate(STORY_RULES.now, { listedPatients: 12000 })));
  });

  it('4. what changed in 2022: the bonus 2 → 4 kr, the target 70 → 75 %, the cap 2 300 → 2 200; each year’s bonus at a share', async () => {
    const at = (share: number) => changedFigures(core, share);
    const middle = await at(0.72);
    const [before, after] = middle.years;
    expect([before.ruleSet, after.ruleSet]).toEqual([STORY_RULES.before, STORY_RULES.now]);
    expect([before.perPatient, before.target, before.cap]).toEqual([2, 0.7, 2300]);
    expect([after.perPatient, after.target, after.cap]).toEqual([4, 0.75, 2200]);
    // What the chapter says: bigger and harder to earn.
    expect(after.perPatient).toBeGreaterThan(before.perPatient);
    expect(after.target).toBeGreaterThan(before.target);
    expect(after.cap).toBeLessThan(before.cap);
    expect((await at(0.62)).paid).toEqual([0, 0]);
    expect(middle.paid).toEqual([20000, 0]);
    expect((await at(0.75)).paid).toEqual([20000, 40000]);
    expect(middle.paid[0]).toBe(await amountOf(STORY_RULES.before, NAMED_DOCTOR_BONUS, { namedDoctorShare: 0.72 }));
    expect(middle.totalChange).toBeCloseTo((await evaluate(STORY_RULES.now, { namedDoctorShare: 0.72 })).total - (await evaluate(STORY_RULES.before, { namedDoctorShare: 0.72 })).total, 3);
  });

  it('5. prediction: Liberalerna’s budget-neutral shift pays the average clinic about the same, +40 000 kr, a difference whose range crosses zero', async () => {
    const reveal = await proposalReveal(core);
    expect(reveal.answer.correct).toBe('same');
    expect(reveal.answer.change).toBeCloseTo(40000, 3);
    expect(reveal.answer.change).toBeCloseTo((await evaluate(STORY_RULES.proposal)).total - (await evaluate(STORY_RULES.now)).total, 3);
    expect(reveal.direction).toBe('unclear');
    expect(reveal.range.low).toBeLessThan(0);
    expect(reveal.range.high).toBeGreaterThan(0);
    const range = await new RangeEvaluator(catalog, new RuleSetEvaluator()).differenceRange(catalog.get(STORY_RULES.now)!, catalog.get(STORY_RULES.proposal)!, defaultClinic());
    expect([reveal.range.low, reveal.range.high]).toEqual([range.low, range.high]);
    // The shift: listing pay gains what the visit fee loses, and what is left comes from the extended-hours reading.
    expect(reveal.shifted.map((s) => s.id)).toEqual([LISTING_PAYMENT, 'visit-payment-listed']);
    expect(reveal.shifted[0].change).toBeGreaterThan(1e6);
    expect(Math.abs(reveal.shiftedSum)).toBeLessThan(1);
    expect(reveal.others.map((s) => [s.id, Math.round(s.change)])).toEqual([['extended-hours-payment', 40000]]);
    expect(reveal.other.ruleSet).toBe(STORY_RULES.otherProposal);
    expect(reveal.other.change).toBeCloseTo((await evaluate(STORY_RULES.otherProposal)).total - (await evaluate(STORY_RULES.now)).total, 3);
  });

  it('6. continuity: patients per doctor against the guide value, and listed against felt', async () => {
    const continuity = await continuityFigures(core, 5.8);
    expect(continuity.patientsPerDoctor).toBeCloseTo(10000 / 5.8, 6);
    expect(continuity.guideValue).toBe(1100);
    expect(continuity.doctorsFor1100).toBeCloseTo(10000 / 1100, 6);
    expect(continuity.withinGuideValue).toBe(false);
    expect((await continuityFigures(core, 10)).withinGuideValue).toBe(true);
    expect([continuity.listed.value, continuity.listed.date, continuity.felt.value]).toEqual([0.622, '2022-02', 0.3]);
  });

  it('7. your turn: the reader’s clinic under the story’s rules and the proposal', async () => {
    const turn = await yourTurnFigures(core, { listedPatients: 12000, doctors: 6, namedDoctorShare: 0.8 });
    const [now, proposal] = await Promise.all([
      evaluate(STORY_RULES.now, { listedPatients: 12000, doctors: 6, namedDoctorShare: 0.8 }),
      evaluate(STORY_RULES.proposal, { listedPatients: 12000, doctors: 6, namedDoctorShare: 0.8 }),
    ]);
    expect([turn.now.total, turn.proposal.total]).toEqual([now.total, proposal.total]);
    expect(turn.change).toBe(proposal.total - now.total);
    expect(turn.now.earned).toBe(true);
    expect(turn.now.ifEarned).toBe(48000);
  });
});

describe.each(['sv', 'en'] as const)('the story’s words in %s', (language) => {
  const w = words(language);

  it('put the core’s numbers into every chapter, with nothing left uninterpolated', async () => {
    const [paid, who, bonus, changed, continuity, turn, bonusAnswer, proposalAnswer] = await Promise.all([
      paidFigures(core, 3),
      whoCountsFigures(core, 1),
      bonusFigures(core),
      changedFigures(core, 0.62),
      continuityFigures(core, 5.8),
      yourTurnFigures(core, { listedPatients: 10000, doctors: 5.8, namedDoctorShare: 0.62 }),
      bonusReveal(core),
      proposalReveal(core),
    ]);
    const texts = [
      clinicLine(defaultClinic(), w),
      computedWith([STORY_RULES.now], w),
      computedWith([STORY_RULES.before, STORY_RULES.now], w),
      paidWords(paid, w).figure.text,
      ...paidWords(paid, w).chart.rows.flatMap((r) => [r.label, r.text]),
      whoWords(who, w).figure.text,
      whoWords(who, w).live.text,
      ...whoWords(who, w).chart.rows.map((r) => r.label),
      bonusWords(bonus, w).text.text,
      bonusWords(bonus, w).size.text,
      bonusQuestion(GROWN_LISTED, defaultClinic(), STORY_RULES.now, w),
      changedWords(changed, w).text.text,
      ...changedWords(changed, w).rows.map((r) => r.text),
      proposalsText(STORY_RULES.proposal, STORY_RULES.otherProposal, w),
      proposalQuestion(STORY_RULES.now, STORY_RULES.proposal, w),
      continuityWords(continuity, w).live.text,
      continuityWords(continuity, w).notFelt.text,
      continuityWords(continuity, w).sources,
      findingWords(w).text,
      yourTurnWords(turn, w).now.text,
      yourTurnWords(turn, w).proposal.text,
      ...STORY_CHAPTERS.map((id) => w.t(`story:${id}.heading`)),
      ...(['yes', 'no', null] as const).flatMap((choice) => revealTexts(bonusRevealWords(bonusAnswer, choice, w))),
      ...(['more', 'less', 'same', null] as const).flatMap((choice) => revealTexts(proposalRevealWords(proposalAnswer, choice, w))),
    ].map(plain);
    for (const text of texts) {
      expect(text, text).not.toMatch(/\{\{|\}\}|^(story|ui|rules):|undefined|NaN/);
      expect(text.trim(), 'empty').not.toBe('');
    }
    const sv = language === 'sv';
    expect(texts).toContain(
      sv
        ? 'Enligt Stockholm 2022 får den genomsnittliga vårdcentralen 29,5 mnkr om året. Listningsersättningen är 23,6 mnkr av det (80 %); besöken ger 3,6 mnkr.'
        : 'Under Stockholm 2022 the average clinic gets SEK 29.5m a year. Listing pay is SEK 23.6m of it (80%); visits bring SEK 3.6m.',
    );
    expect(plain(bonusWords(bonus, w).size.text)).toContain(sv ? '40 000 kr om året: 0,14 % av dess 29,5 mnkr' : 'SEK 40,000 a year: 0.14% of its SEK 29.5m');
    expect(plain(bonusQuestion(GROWN_LISTED, defaultClinic(), STORY_RULES.now, w))).toContain(sv ? '12 000 listade patienter med samma 5,8' : '12,000 listed patients with the same 5.8');
    expect(plain(continuityWords(continuity, w).live.text)).toContain(sv ? '1 724 listade patienter' : '1,724 listed patients');
  });

  it('tell the reader whether the bonus guess was right, and where the gap is: the cap holds, the share does not', async () => {
    const reveal = await bonusReveal(core);
    const wrong = bonusRevealWords(reveal, 'yes', w);
    const right = bonusRevealWords(reveal, 'no', w);
    expect(wrong.correct).toBe(false);
    expect(right.correct).toBe(true);
    expect(wrong.verdict).toBe(w.t('story:predict.wrong', { choice: w.t('story:choices.yes'), answer: w.t('story:choices.no') }));
    expect(right.verdict).toBe(w.t('story:predict.right', { choice: w.t('story:choices.no') }));
    expect(bonusRevealWords(reveal, null, w).verdict).toBe('');
    const said = revealTexts(wrong).join(' ');
    expect(said).toContain(w.t('story:bonus.gap.share'));
    expect(said).toContain(language === 'sv' ? '48 000 kr' : 'SEK 48,000');
    expect(said).toContain(language === 'sv' ? '2 069,0, högst 2 200' : '2,069.0, at most 2,200');
    expect(said).toMatch(language === 'sv' ? /62 %, kräver minst 75 %/ : /62%, needs at least 75%/);
  });

  it('tell the reader whether the proposal guess was right, and why: money moves rather than being added, and the range crosses zero', async () => {
    const reveal = await proposalReveal(core);
    const names = { gainer: w.t('rules:components.listing-payment.name'), loser: w.t('rules:components.visit-payment-listed.name') };
    const more = revealTexts(proposalRevealWords(reveal, 'more', w)).join(' ');
    expect(more).toContain(plain(w.t('story:proposals.gap.wrongMore', names)));
    expect(revealTexts(proposalRevealWords(reveal, 'less', w)).join(' ')).toContain(plain(w.t('story:proposals.gap.wrongLess', names)));
    const same = proposalRevealWords(reveal, 'same', w);
    expect(same.correct).toBe(true);
    expect(revealTexts(same).join(' ')).toContain(plain(w.t('story:proposals.gap.right', names)));
    expect(more).toContain(language === 'sv' ? '+40 000 kr (+0,14 %)' : '+SEK 40,000 (+0.14%)');
    expect(more).toContain(language === 'sv' ? 'från −490 000 kr till +740 000 kr' : 'from -SEK 490,000 to +SEK 740,000');
    expect(more).toContain(language === 'sv' ? 'Utökade öppettider: +40 000 kr' : 'Extended opening hours: +SEK 40,000');
  });
});

describe('the chapters', () => {
  it('are seven, each with a heading in both languages', () => {
    expect(STORY_CHAPTERS).toHaveLength(7);
    for (const language of ['sv', 'en'] as const) {
      const { t } = words(language);
      for (const id of STORY_CHAPTERS) expect(t(`story:${id}.heading`)).not.toBe(`${id}.heading`);
    }
  });
});

describe('the tiny bar charts', () => {
  it('scale to the largest value, or to a given top', () => {
    expect(barScale([200, 100, 0]).bars.map((b) => b.width)).toEqual([100, 50, 0]);
    expect(barScale([0.622, 0.3], { max: 1 }).bars.map((b) => b.width)).toEqual([62.2, 30]);
  });

  it('keep a tiny amount visible, and diverge from the middle when a value is negative', () => {
    expect(barScale([29.5e6, 40000]).bars[1].width).toBe(MIN_VISIBLE);
    const diverging = barScale([1.5e6, -1.5e6, 40000]);
    expect(diverging.zero).toBe(50);
    expect(diverging.bars.map((b) => [b.x, b.width, b.negative])).toEqual([
      [50, 50, false],
      [0, 50, true],
      [50, (40000 / 1.5e6) * 50, false],
    ]);
  });

  it('draw an outline for what a bar could be, on the same scale', () => {
    const scale = barScale([0, 20000], { outlines: [20000, 40000] });
    expect(scale.bars.map((b) => [b.width, b.outline])).toEqual([
      [0, 50],
      [50, 100],
    ]);
  });
});

describe('the last chapter’s link', () => {
  it('opens the explainer in the story’s language, with the reader’s clinic and the story’s rules in its address', () => {
    expect(explainerHref(defaultClinic(), 'sv')).toBe('/');
    expect(explainerHref(defaultClinic(), 'en')).toBe('/en/');
    const clinic = { ...defaultClinic(), listedPatients: 12000, doctors: 6.4, namedDoctorShare: 0.8 };
    const href = explainerHref(clinic, 'en', '/vardpengen/');
    expect(href).toBe('/vardpengen/en/?listed=12000&doctors=6.4&named=80');
    const { state } = parsePageUrl(new URL(href, 'https://example.org').search, { isKnownRuleSet: (id) => !!catalog.get(id), defaultLanguage: 'en' });
    expect(state.scenario).toMatchObject({ clinic, baseline: STORY_RULES.now, comparisons: [STORY_RULES.proposal] });
    expect(state.language).toBe('en');
  });
});
