// The guided story's numbers (/steg-for-steg/, /en/step-by-step/): one pure
// function per chapter, each evaluating the region's average clinic (the
// default clinic) with the same catalog and evaluator as the explainer. No
// wording here (text.ts words it) and no DOM: the prerenderer, the page and
// the unit tests all call these.

import { defaultClinic, type Clinic } from '../clinic/fields.ts';
import { NAMED_DOCTOR_BONUS } from '../engine/continuity.ts';
import type { RuleSetEvaluator } from '../engine/evaluator.ts';
import { differenceDirection, RangeEvaluator, type ValueRange } from '../engine/range.ts';
import type { ComponentResult, RuleSetResult } from '../engine/types.ts';
import { bonusAnswer, payAnswer, type BonusAnswer, type ComponentShift, type PayAnswer } from '../predict/question.ts';
import { FELT_REGULAR_DOCTOR, NAMED_DOCTOR_SHARES, type SourcedFigure } from '../region/data.ts';
import type { Catalog } from '../rules/catalog.ts';
import type { ResolvedRuleSet } from '../rules/types.ts';

/** The rule sets the story tells about. */
export const STORY_RULES = {
  /** The rules most of the story uses, and the explainer's default baseline. */
  now: 'stockholm-2022',
  /** The year before the 2022 change. */
  before: 'stockholm-2021',
  /** The proposal the reader predicts about. */
  proposal: 'proposal-l-2022',
  /** The other proposal, for contrast once the prediction is answered. */
  otherProposal: 'proposal-s-2024',
} as const;

/** The first prediction: the average clinic grows to this many listed patients, with the same doctors. */
export const GROWN_LISTED = 12_000;

export const LISTING_PAYMENT = 'listing-payment';
export const VISIT_PAYMENTS = ['visit-payment-listed', 'visit-payment-unlisted'] as const;

/** The age bands whose listing pay per patient the rule sets derive (parameters listingPerPatient<band>). */
export const AGE_BANDS = ['0to4', '5to64', '65to74', '75plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** What every chapter computes with: the explainer's catalog and evaluator. */
export interface StoryCore {
  catalog: Catalog;
  evaluator: RuleSetEvaluator;
}

/** The story's clinic: the region's average (the default clinic), with some inputs changed. */
export function storyClinic(changes: Partial<Clinic> = {}): Clinic {
  return { ...defaultClinic(), ...changes };
}

export function storyRuleSet(core: StoryCore, id: string): ResolvedRuleSet {
  const ruleSet = core.catalog.get(id);
  if (!ruleSet) throw new Error(`The story needs the rule set "${id}", which is missing or broken`);
  return ruleSet;
}

function evaluate(core: StoryCore, id: string, clinic: Clinic): Promise<RuleSetResult> {
  return core.evaluator.evaluate(storyRuleSet(core, id), clinic);
}

function component(result: RuleSetResult, id: string): ComponentResult {
  const found = result.components.find((c) => c.id === id);
  if (!found) throw new Error(`${result.ruleSet} has no component "${id}"`);
  return found;
}

/** One part of the pay, as a bar. */
export interface PayPart {
  id: string;
  amount: number;
  /** Its share of the total. */
  share: number;
  illustrative: boolean;
}

// ---- 1. How a clinic is paid -------------------------------------------------------------

export interface PaidFigures {
  ruleSet: string;
  clinic: Clinic;
  total: number;
  illustrative: boolean;
  /** Every part that pays anything, largest first. */
  parts: PayPart[];
  listing: PayPart;
  /** Visit pay, own and other patients together. */
  visits: number;
  visitsIllustrative: boolean;
  /** Everything that is neither listing nor visit pay. */
  rest: number;
}

export async function paidFigures(core: StoryCore, visitsPerListedPatient: number): Promise<PaidFigures> {
  const clinic = storyClinic({ visitsPerListedPatient });
  const result = await evaluate(core, STORY_RULES.now, clinic);
  const part = (c: ComponentResult): PayPart => ({ id: c.id, amount: c.amount, share: c.amount / result.total, illustrative: c.illustrative });
  const visits = result.components.filter((c) => (VISIT_PAYMENTS as readonly string[]).includes(c.id));
  const listing = part(component(result, LISTING_PAYMENT));
  const visitSum = visits.reduce((sum, c) => sum + c.amount, 0);
  return {
    ruleSet: result.ruleSet,
    clinic,
    total: result.total,
    illustrative: result.illustrative,
    parts: result.components.filter((c) => c.amount >= 0.5).map(part).sort((a, b) => b.amount - a.amount),
    listing,
    visits: visitSum,
    visitsIllustrative: visits.some((c) => c.illustrative),
    rest: result.total - listing.amount - visitSum,
  };
}

// ---- 2. Who counts more: age and care need ---------------------------------------------------

export interface AgePay {
  band: AgeBand;
  /** Listing pay a year for one listed patient of this age with care-need index 1. */
  perPatient: number;
  illustrative: boolean;
}

export interface WhoCountsFigures {
  ruleSet: string;
  ages: AgePay[];
  careNeedIndex: number;
  /** The clinic's listing pay per listed patient at this care-need index. */
  listingPerPatient: number;
  listingIllustrative: boolean;
  total: number;
  illustrative: boolean;
}

export async function whoCountsFigures(core: StoryCore, careNeedIndex: number): Promise<WhoCountsFigures> {
  const ruleSet = storyRuleSet(core, STORY_RULES.now);
  const clinic = storyClinic({ careNeedIndex });
  const result = await core.evaluator.evaluate(ruleSet, clinic);
  const listing = component(result, LISTING_PAYMENT);
  const ages = AGE_BANDS.map((band): AgePay => {
    const parameter = ruleSet.parameters[`listingPerPatient${band}`];
    if (!parameter) throw new Error(`${ruleSet.id} has no parameter listingPerPatient${band}`);
    return { band, perPatient: parameter.value, illustrative: parameter.illustrative };
  });
  return {
    ruleSet: ruleSet.id,
    ages,
    careNeedIndex,
    listingPerPatient: listing.amount / clinic.listedPatients,
    listingIllustrative: listing.illustrative,
    total: result.total,
    illustrative: result.illustrative,
  };
}

// ---- 3. The named-doctor bonus, and a prediction ------------------------------------------------

export interface BonusFigures {
  ruleSet: string;
  clinic: Clinic;
  /** Kronor per listed patient when earned. */
  perPatient: number;
  /** What it would pay this clinic a year if earned. */
  ifEarned: number;
  earned: boolean;
  total: number;
  /** ifEarned against the clinic's total pay. */
  shareOfTotal: number;
  /** The least share on a named doctor, and the most listed per doctor, the bonus asks for. */
  target: number;
  cap: number;
  patientsPerDoctor: number;
  namedDoctorShare: number;
  /** Whether a figure no public source gives drives the bonus, and the total. */
  illustrative: boolean;
  totalIllustrative: boolean;
}

async function bonusFor(core: StoryCore, id: string, clinic: Clinic): Promise<{ result: RuleSetResult; figures: BonusFigures }> {
  const result = await evaluate(core, id, clinic);
  const bonus = component(result, NAMED_DOCTOR_BONUS);
  const { continuity } = result;
  if (continuity.bonusIfEarned === null || continuity.namedDoctorShareForBonus === null || continuity.patientsPerDoctorForBonus === null) {
    throw new Error(`${id}'s named-doctor bonus has no share and cap conditions`);
  }
  return {
    result,
    figures: {
      ruleSet: result.ruleSet,
      clinic,
      perPatient: bonus.terms.amount?.value ?? continuity.bonusIfEarned / clinic.listedPatients,
      ifEarned: continuity.bonusIfEarned,
      earned: continuity.namedDoctorBonusEarned === true,
      total: result.total,
      shareOfTotal: continuity.bonusIfEarned / result.total,
      target: continuity.namedDoctorShareForBonus,
      cap: continuity.patientsPerDoctorForBonus,
      patientsPerDoctor: continuity.patientsPerDoctor,
      namedDoctorShare: continuity.namedDoctorShare,
      illustrative: bonus.illustrative,
      totalIllustrative: result.illustrative,
    },
  };
}

/** The bonus under the story's rules for the average clinic, as it is. */
export async function bonusFigures(core: StoryCore): Promise<BonusFigures> {
  return (await bonusFor(core, STORY_RULES.now, storyClinic())).figures;
}

/** "Will this clinic earn the bonus if it grows to 12 000 patients?", answered. */
export interface BonusReveal {
  /** The grown clinic's bonus figures. */
  grown: BonusFigures;
  answer: BonusAnswer;
}

export async function bonusReveal(core: StoryCore): Promise<BonusReveal> {
  const { result, figures } = await bonusFor(core, STORY_RULES.now, storyClinic({ listedPatients: GROWN_LISTED }));
  const answer = bonusAnswer(result);
  if (!answer) throw new Error(`${STORY_RULES.now} pays no named-doctor bonus`);
  return { grown: figures, answer };
}

// ---- 4. What changed in 2022 -------------------------------------------------------------------

export interface ChangedFigures {
  namedDoctorShare: number;
  /** The year before, then the year of the change. */
  years: [BonusFigures, BonusFigures];
  /** What the bonus pays at this share, each year (0 when not earned). */
  paid: [number, number];
  totalChange: number;
}

export async function changedFigures(core: StoryCore, namedDoctorShare: number): Promise<ChangedFigures> {
  const clinic = storyClinic({ namedDoctorShare });
  const [before, after] = await Promise.all([bonusFor(core, STORY_RULES.before, clinic), bonusFor(core, STORY_RULES.now, clinic)]);
  const paid = (r: RuleSetResult) => component(r, NAMED_DOCTOR_BONUS).amount;
  return {
    namedDoctorShare,
    years: [before.figures, after.figures],
    paid: [paid(before.result), paid(after.result)],
    totalChange: after.result.total - before.result.total,
  };
}

// ---- 5. The proposals, and a prediction ------------------------------------------------------------

/** A component's change between two rule sets, and whether a figure no public source gives drives either side. */
export type PartChange = ComponentShift & { illustrative: boolean };

export interface ProposalReveal {
  answer: PayAnswer;
  /** The difference's range over the figures no source gives (both rule sets swung together). */
  range: ValueRange;
  direction: ReturnType<typeof differenceDirection>;
  /** The component changes the proposal's budget-neutral shifts move money between, and their sum for this clinic. */
  shifted: PartChange[];
  shiftedSum: number;
  /** Every other component change. */
  others: PartChange[];
  /** The other proposal's change in the total, for contrast. */
  other: { ruleSet: string; change: number; illustrative: boolean };
  illustrative: boolean;
}

export async function proposalReveal(core: StoryCore): Promise<ProposalReveal> {
  const clinic = storyClinic();
  const baseline = storyRuleSet(core, STORY_RULES.now);
  const proposal = storyRuleSet(core, STORY_RULES.proposal);
  const [before, after, other] = await Promise.all([
    core.evaluator.evaluate(baseline, clinic),
    core.evaluator.evaluate(proposal, clinic),
    evaluate(core, STORY_RULES.otherProposal, clinic),
  ]);
  const answer = payAnswer(before, after);
  const range = await new RangeEvaluator(core.catalog, core.evaluator).differenceRange(baseline, proposal, clinic);
  const shiftedIds = new Set(proposal.neutralShifts.flatMap((shift) => shift.components));
  const changes = [...new Set([...before.components, ...after.components].map((c) => c.id))]
    .map((id): PartChange => {
      const [b, a] = [before, after].map((r) => r.components.find((c) => c.id === id));
      return { id, change: (a?.amount ?? 0) - (b?.amount ?? 0), illustrative: !!(a?.illustrative || b?.illustrative) };
    })
    .filter((c) => Math.abs(c.change) >= 0.5)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  // What gains first, then what pays for it.
  const shifted = changes.filter((c) => shiftedIds.has(c.id)).sort((a, b) => b.change - a.change);
  return {
    answer,
    range,
    direction: differenceDirection(range),
    shifted,
    shiftedSum: shifted.reduce((sum, c) => sum + c.change, 0),
    others: changes.filter((c) => !shiftedIds.has(c.id)),
    other: { ruleSet: other.ruleSet, change: other.total - before.total, illustrative: other.illustrative || before.illustrative },
    illustrative: before.illustrative || after.illustrative,
  };
}

// ---- 6. Continuity -------------------------------------------------------------------------

export interface ContinuityFigures {
  doctors: number;
  patientsPerDoctor: number;
  /** Socialstyrelsen's guide value, 1 100. */
  guideValue: number;
  /** The bonus's cap on listed patients per doctor. */
  cap: number | null;
  doctorsFor1100: number;
  additionalDoctorsFor1100: number;
  withinGuideValue: boolean;
  /** The region's latest share listed on a named doctor (registry), and what people say (survey). */
  listed: SourcedFigure & { date: string };
  felt: SourcedFigure;
}

export async function continuityFigures(core: StoryCore, doctors: number): Promise<ContinuityFigures> {
  const { continuity } = await evaluate(core, STORY_RULES.now, storyClinic({ doctors }));
  return {
    doctors,
    patientsPerDoctor: continuity.patientsPerDoctor,
    guideValue: continuity.guideValue,
    cap: continuity.patientsPerDoctorForBonus,
    doctorsFor1100: continuity.doctorsFor1100,
    additionalDoctorsFor1100: continuity.additionalDoctorsFor1100,
    withinGuideValue: continuity.withinGuideValue,
    listed: NAMED_DOCTOR_SHARES[NAMED_DOCTOR_SHARES.length - 1],
    felt: FELT_REGULAR_DOCTOR,
  };
}

// ---- 7. Your turn --------------------------------------------------------------------------

/** The inputs the reader sets in the last chapter. */
export interface YourTurnInputs {
  listedPatients: number;
  doctors: number;
  namedDoctorShare: number;
}

export interface YourTurnFigures {
  clinic: Clinic;
  now: BonusFigures;
  proposal: BonusFigures;
  /** Total pay under the proposal minus under the story's rules. */
  change: number;
  illustrative: boolean;
}

export async function yourTurnFigures(core: StoryCore, inputs: YourTurnInputs): Promise<YourTurnFigures> {
  const clinic = storyClinic(inputs);
  const [now, proposal] = await Promise.all([bonusFor(core, STORY_RULES.now, clinic), bonusFor(core, STORY_RULES.proposal, clinic)]);
  return {
    clinic,
    now: now.figures,
    proposal: proposal.figures,
    change: proposal.result.total - now.result.total,
    illustrative: now.result.illustrative || proposal.result.illustrative,
  };
}
