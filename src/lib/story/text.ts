// The guided story's words: each chapter's sentences, bars and answers, built
// from the figures (figures.ts) through the `story` i18n namespace, with the
// numbers formatted for the language. Pure: the translator, the language and
// the catalog (for rule-set names and sources) come in as arguments.

import { formatFieldValue } from '../clinic/display.ts';
import { FIELD_BY_ID, type Clinic } from '../clinic/fields.ts';
import { componentName, conditionText, ruleSetName } from '../format/explain.ts';
import { formatNumber, formatPercent, formatSek, formatSekShort, INTL_LOCALES, type Language } from '../format/numbers.ts';
import { roughly } from '../format/ranges.ts';
import type { Translate } from '../format/translate.ts';
import { ABOUT_THE_SAME, type BonusChoice, type PayChoice } from '../predict/question.ts';
import { RESEARCH_FINDINGS } from '../research/findings.ts';
import type { TraceLeaf } from '../engine/types.ts';
import type { Catalog } from '../rules/catalog.ts';
import type { SourceDocument } from '../rules/types.ts';
import type {
  BonusFigures,
  BonusReveal,
  ChangedFigures,
  ContinuityFigures,
  PaidFigures,
  PartChange,
  ProposalReveal,
  WhoCountsFigures,
  YourTurnFigures,
} from './figures.ts';

/** The chapters, in the order the story tells them: each is an element id and a key under story: in the locales. */
export const STORY_CHAPTERS = ['paid', 'who', 'bonus', 'changed', 'proposals', 'continuity', 'yourTurn'] as const;
export type StoryChapter = (typeof STORY_CHAPTERS)[number];

export interface StoryWords {
  t: Translate;
  language: Language;
  catalog: Pick<Catalog, 'get' | 'sources'>;
}

/** A sentence, and whether a figure no public source gives drives a number in it (it then carries the asterisk). */
export interface Line {
  text: string;
  illustrative: boolean;
}

export interface BarRow {
  key: string;
  label: string;
  /** SEK, a share, or a count: the bars of one chart share a unit. May be negative (the chart then diverges from zero). */
  value: number;
  /** The value in words, shown beside the bar. */
  text: string;
  illustrative: boolean;
  /** What the bar could be (drawn as an outline): the bonus if earned. */
  outline?: number;
}

export interface BarChart {
  label: string;
  rows: BarRow[];
  /** The top of the scale (1 for shares); the largest value when absent. */
  max?: number;
}

/** An answer, in the order it is shown: paragraphs, lists and charts. */
export type Block =
  | { kind: 'p'; line: Line }
  | { kind: 'list'; lead: string; items: Line[] }
  | { kind: 'chart'; chart: BarChart };

export interface RevealWords {
  /** "Right! …" or "Not quite. …"; empty when no guess was made (the page without JavaScript). */
  verdict: string;
  correct: boolean | null;
  answer: Line;
  blocks: Block[];
}

const line = (text: string, illustrative = false): Line => ({ text, illustrative });

/** A rule set's short name ("Stockholm 2022", "Liberalerna's proposal (2022)"). */
export function shortName(id: string, w: StoryWords): string {
  const ruleSet = w.catalog.get(id);
  return ruleSet ? w.t(`rules:ruleSets.${ruleSet.fileId}.name`) : id;
}

/** A rule set's full name, with its reading, and its file: for the line under a chapter that says where its numbers come from. */
export function computedWith(ids: readonly string[], w: StoryWords): string {
  const named = ids.map((id) => {
    const ruleSet = w.catalog.get(id);
    return { name: ruleSet ? ruleSetName(ruleSet, w.t) : id, file: `rules/${ruleSet?.fileId ?? id}.json` };
  });
  return named.length === 1
    ? w.t('story:computedWith', { ruleSet: named[0].name, file: named[0].file })
    : w.t('story:computedWithBoth', { first: named[0].name, firstFile: named[0].file, second: named[1].name, secondFile: named[1].file });
}

export function sourceName(source: SourceDocument, w: StoryWords): string {
  return w.t('story:sourceName', { publisher: source.publisher, title: source.title, date: source.date });
}

const sek = (value: number, w: StoryWords, signed = false) => formatSekShort(value, w.language, { signed });
const kronor = (value: number, w: StoryWords) => formatSek(value, w.language);
const percent = (share: number, w: StoryWords, digits = 0) => formatPercent(share, w.language, digits);

/** "75 %", "0,14 %": small shares get the digits they need to be other than zero. */
function share(value: number, w: StoryWords): string {
  return percent(value, w, Math.abs(value) < 0.01 ? 2 : Math.abs(value) < 0.1 ? 1 : 0);
}

/** The story's clinic in a sentence: its listed patients, doctors and share on a named doctor. */
export function clinicLine(clinic: Clinic, w: StoryWords): string {
  const value = (id: 'listedPatients' | 'doctors' | 'namedDoctorShare') => formatFieldValue(FIELD_BY_ID[id], clinic[id], w.language);
  return w.t('story:clinic', { listed: value('listedPatients'), doctors: value('doctors'), named: value('namedDoctorShare') });
}

/** A slider's value in words, as the explainer's own sliders say it ("3,0 besök per listad patient och år"). */
export function fieldValueText(id: keyof Clinic, value: number, w: StoryWords): string {
  return w.t(`ui:clinic.fields.${id}.valueText`, { value: formatFieldValue(FIELD_BY_ID[id], value, w.language) });
}

export function fieldValue(id: keyof Clinic, value: number, w: StoryWords): string {
  return formatFieldValue(FIELD_BY_ID[id], value, w.language);
}

// ---- 1. How a clinic is paid -------------------------------------------------------------

export function paidWords(f: PaidFigures, w: StoryWords): { figure: Line; chart: BarChart } {
  return {
    figure: line(
      w.t('story:paid.figure', {
        ruleSet: shortName(f.ruleSet, w),
        total: sek(f.total, w),
        listing: sek(f.listing.amount, w),
        share: percent(f.listing.share, w),
        visits: sek(f.visits, w),
      }),
      f.illustrative,
    ),
    chart: {
      label: w.t('story:paid.chart'),
      rows: f.parts.map((part) => ({
        key: part.id,
        label: componentName(part.id, w.t),
        value: part.amount,
        text: sek(part.amount, w),
        illustrative: part.illustrative,
      })),
    },
  };
}

// ---- 2. Who counts more ------------------------------------------------------------------

export function whoWords(f: WhoCountsFigures, w: StoryWords): { figure: Line; chart: BarChart; live: Line } {
  const band = (id: string) => f.ages.find((a) => a.band === id)!;
  return {
    figure: line(
      w.t('story:who.figure', { oldest: kronor(band('75plus').perPatient, w), adult: kronor(band('5to64').perPatient, w) }),
      band('75plus').illustrative || band('5to64').illustrative,
    ),
    chart: {
      label: w.t('story:who.chart'),
      rows: f.ages.map((age) => ({
        key: age.band,
        label: w.t(`story:who.ages.${age.band}`),
        value: age.perPatient,
        text: kronor(age.perPatient, w),
        illustrative: age.illustrative,
      })),
    },
    live: line(
      w.t('story:who.live', {
        index: fieldValue('careNeedIndex', f.careNeedIndex, w),
        perPatient: kronor(f.listingPerPatient, w),
        total: sek(f.total, w),
      }),
      f.listingIllustrative || f.illustrative,
    ),
  };
}

// ---- 3. The named-doctor bonus -----------------------------------------------------------

function bonusChart(f: BonusFigures, w: StoryWords): BarChart {
  return {
    label: w.t('story:bonus.chart'),
    rows: [
      { key: 'bonus', label: w.t('story:bonus.bonusBar'), value: f.ifEarned, text: sek(f.ifEarned, w), illustrative: f.illustrative },
      { key: 'total', label: w.t('story:bonus.totalBar'), value: f.total, text: sek(f.total, w), illustrative: f.totalIllustrative },
    ],
  };
}

export function bonusWords(f: BonusFigures, w: StoryWords): { text: Line; size: Line; chart: BarChart } {
  return {
    text: line(
      w.t('story:bonus.text', {
        perPatient: kronor(f.perPatient, w),
        target: percent(f.target, w),
        cap: formatNumber(f.cap, w.language),
      }),
      f.illustrative,
    ),
    size: line(
      w.t('story:bonus.size', { ifEarned: kronor(f.ifEarned, w), share: share(f.shareOfTotal, w), total: sek(f.total, w) }),
      f.illustrative || f.totalIllustrative,
    ),
    chart: bonusChart(f, w),
  };
}

export function bonusQuestion(grownListed: number, clinic: Clinic, ruleSet: string, w: StoryWords): string {
  return w.t('story:bonus.question', {
    listed: fieldValue('listedPatients', grownListed, w),
    doctors: fieldValue('doctors', clinic.doctors, w),
    ruleSet: shortName(ruleSet, w),
  });
}

/** Which of the bonus's conditions the clinic misses, by fact: what the gap between guess and answer turns on. */
function missed(failed: readonly TraceLeaf[]): 'share' | 'cap' | 'both' | 'none' {
  const share = failed.some((leaf) => leaf.fact === 'namedDoctorShare');
  const cap = failed.some((leaf) => leaf.fact === 'patientsPerDoctor');
  return share && cap ? 'both' : share ? 'share' : cap ? 'cap' : 'none';
}

export function verdict(choice: string | null, correct: string, w: StoryWords): { verdict: string; correct: boolean | null } {
  if (choice === null) return { verdict: '', correct: null };
  const values = { choice: w.t(`story:choices.${choice}`), answer: w.t(`story:choices.${correct}`) };
  return { verdict: w.t(choice === correct ? 'story:predict.right' : 'story:predict.wrong', values), correct: choice === correct };
}

export function bonusRevealWords(reveal: BonusReveal, choice: BonusChoice | null, w: StoryWords): RevealWords {
  const { answer, grown } = reveal;
  const earned = answer.correct === 'yes';
  const values = { listed: fieldValue('listedPatients', grown.clinic.listedPatients, w), amount: kronor(answer.amount, w) };
  const condition = (leaf: TraceLeaf) => line(conditionText(leaf, w.language, w.t));
  const blocks: Block[] = [{ kind: 'p', line: line(w.t(`story:bonus.gap.${missed(answer.failed)}`)) }];
  if (answer.met.length) blocks.push({ kind: 'list', lead: w.t('story:bonus.metLead'), items: answer.met.map(condition) });
  if (answer.failed.length) blocks.push({ kind: 'list', lead: w.t('story:bonus.failedLead'), items: answer.failed.map(condition) });
  blocks.push({
    kind: 'p',
    line: line(w.t('story:bonus.small', { share: share(grown.shareOfTotal, w), total: sek(grown.total, w) }), grown.illustrative || grown.totalIllustrative),
  });
  blocks.push({ kind: 'chart', chart: bonusChart(grown, w) });
  return {
    ...verdict(choice, answer.correct, w),
    answer: line(w.t(earned ? 'story:bonus.earned' : 'story:bonus.notEarned', values), grown.illustrative),
    blocks,
  };
}

// ---- 4. What changed in 2022 ----------------------------------------------------------------

export function changedWords(f: ChangedFigures, w: StoryWords): { text: Line; chart: BarChart; rows: Line[] } {
  const [before, after] = f.years;
  const rows = f.years.map((year, index) => {
    const status = f.paid[index] >= 0.5 ? w.t('story:changed.earned') : w.t('story:changed.notEarned', { target: percent(year.target, w) });
    return line(w.t('story:changed.row', { ruleSet: shortName(year.ruleSet, w), amount: kronor(f.paid[index], w), status }), year.illustrative);
  });
  return {
    text: line(
      w.t('story:changed.text', {
        perPatientBefore: kronor(before.perPatient, w),
        perPatientAfter: kronor(after.perPatient, w),
        targetBefore: percent(before.target, w),
        targetAfter: percent(after.target, w),
        capBefore: formatNumber(before.cap, w.language),
        capAfter: formatNumber(after.cap, w.language),
        totalChange: sek(f.totalChange, w, true),
        totalBefore: sek(before.total, w),
        totalAfter: sek(after.total, w),
      }),
      f.years.some((year) => year.illustrative || year.totalIllustrative),
    ),
    chart: {
      label: w.t('story:changed.chart'),
      rows: f.years.map((year, index) => ({
        key: year.ruleSet,
        label: shortName(year.ruleSet, w),
        value: f.paid[index],
        text: kronor(f.paid[index], w),
        illustrative: year.illustrative,
        outline: year.ifEarned,
      })),
    },
    rows,
  };
}

// ---- 5. The proposals ------------------------------------------------------------------------

export function proposalsText(proposal: string, other: string, w: StoryWords): string {
  return w.t('story:proposals.text', { proposal: shortName(proposal, w), other: shortName(other, w) });
}

export function proposalQuestion(baseline: string, proposal: string, w: StoryWords): string {
  return w.t('story:proposals.question', { proposal: shortName(proposal, w), ruleSet: shortName(baseline, w) });
}

/** The line under "about the same": how near counts as the same. */
export function choiceDetail(choice: string, w: StoryWords): string {
  return choice === 'same' ? w.t('story:choices.sameDetail', { limit: percent(ABOUT_THE_SAME, w, 1) }) : '';
}

export function proposalRevealWords(reveal: ProposalReveal, choice: PayChoice | null, w: StoryWords): RevealWords {
  const { answer, range } = reveal;
  const same = answer.correct === 'same';
  const values = {
    total: sek(answer.comparisonTotal, w),
    baseTotal: sek(answer.baselineTotal, w),
    change: sek(same ? answer.change : Math.abs(answer.change), w, same),
    percent: formatPercent(same ? answer.relativeChange : Math.abs(answer.relativeChange), w.language, 2, { signed: same }),
  };
  const item = (shift: PartChange) =>
    line(w.t('story:proposals.item', { component: componentName(shift.id, w.t), change: sek(shift.change, w, true) }), shift.illustrative);
  const blocks: Block[] = [];
  const gainer = reveal.shifted.find((s) => s.change > 0);
  const loser = reveal.shifted.find((s) => s.change < 0);
  if (gainer && loser && choice) {
    const names = { gainer: componentName(gainer.id, w.t), loser: componentName(loser.id, w.t) };
    const key = choice !== answer.correct ? { more: 'wrongMore', less: 'wrongLess', same: 'wrongSame' }[choice] : same ? 'right' : null;
    if (key) blocks.push({ kind: 'p', line: line(w.t(`story:proposals.gap.${key}`, names)) });
  }
  if (reveal.shifted.length) {
    blocks.push({ kind: 'list', lead: w.t('story:proposals.shiftLead'), items: reveal.shifted.map(item) });
    blocks.push({ kind: 'p', line: line(w.t('story:proposals.shiftSum', { sum: sek(reveal.shiftedSum, w, true) }), reveal.shifted.some((s) => s.illustrative)) });
  }
  if (reveal.others.length) blocks.push({ kind: 'list', lead: w.t('story:proposals.othersLead'), items: reveal.others.map(item) });
  const ends = { value: sek(range.value, w, true), low: sek(roughly(range.low), w, true), high: sek(roughly(range.high), w, true) };
  blocks.push({ kind: 'p', line: line(w.t(reveal.direction === 'unclear' ? 'story:proposals.unclear' : 'story:proposals.known', ends), reveal.illustrative) });
  blocks.push({
    kind: 'chart',
    chart: {
      label: w.t('story:proposals.chart'),
      rows: [...reveal.shifted, ...reveal.others].map((shift) => ({
        key: shift.id,
        label: componentName(shift.id, w.t),
        value: shift.change,
        text: sek(shift.change, w, true),
        illustrative: shift.illustrative,
      })),
    },
  });
  blocks.push({
    kind: 'p',
    line: line(
      w.t('story:proposals.contrast', {
        other: shortName(reveal.other.ruleSet, w),
        change: sek(reveal.other.change, w, true),
        ruleSet: shortName(answer.baseline, w),
      }),
      reveal.other.illustrative,
    ),
  });
  return { ...verdict(choice, answer.correct, w), answer: line(w.t(`story:proposals.${answer.correct}`, values), reveal.illustrative), blocks };
}

// ---- 6. Continuity ---------------------------------------------------------------------------

export function continuityWords(f: ContinuityFigures, w: StoryWords): { live: Line; notFelt: Line; chart: BarChart; sources: string } {
  const month = (date: string) =>
    new Intl.DateTimeFormat(INTL_LOCALES[w.language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}-01T00:00:00Z`));
  const feltSource = w.catalog.sources.get(f.felt.provenance.source);
  const listedSource = w.catalog.sources.get(f.listed.provenance.source);
  const values = {
    doctors: fieldValue('doctors', f.doctors, w),
    perDoctor: formatNumber(f.patientsPerDoctor, w.language),
    guide: formatNumber(f.guideValue, w.language),
    needed: formatNumber(f.doctorsFor1100, w.language, 1),
  };
  const feltYear = feltSource?.date.slice(0, 4) ?? '';
  return {
    live: line(w.t(f.withinGuideValue ? 'story:continuity.liveWithin' : 'story:continuity.live', values)),
    notFelt: line(w.t('story:continuity.notFelt', { listed: share(f.listed.value, w), date: month(f.listed.date), felt: percent(f.felt.value, w) })),
    chart: {
      label: w.t('story:continuity.chart'),
      max: 1,
      rows: [
        { key: 'listed', label: w.t('story:continuity.listedBar', { date: month(f.listed.date) }), value: f.listed.value, text: share(f.listed.value, w), illustrative: false },
        { key: 'felt', label: w.t('story:continuity.feltBar', { year: feltYear }), value: f.felt.value, text: percent(f.felt.value, w), illustrative: false },
      ],
    },
    sources: [listedSource, feltSource]
      .filter((s): s is SourceDocument => !!s)
      .map((s) => sourceName(s, w))
      .join('; '),
  };
}

/** The research finding the continuity chapter cites (the explainer's own wording of it), with its citation. */
export const STORY_FINDING = 'sandvik';

export function findingWords(w: StoryWords): { text: string; citation: string; doi?: string } {
  const finding = RESEARCH_FINDINGS.find((f) => f.id === STORY_FINDING)!;
  return { text: w.t(`ui:continuity.research.${finding.id}`), citation: finding.citation, doi: finding.doi };
}

// ---- 7. Your turn ------------------------------------------------------------------------------

export function yourTurnWords(f: YourTurnFigures, w: StoryWords): { now: Line; proposal: Line } {
  return {
    now: line(
      w.t('story:yourTurn.now', {
        ruleSet: shortName(f.now.ruleSet, w),
        total: sek(f.now.total, w),
        bonus: w.t(f.now.earned ? 'story:yourTurn.withBonus' : 'story:yourTurn.withoutBonus'),
      }),
      f.now.totalIllustrative,
    ),
    proposal: line(
      w.t('story:yourTurn.proposal', { proposal: shortName(f.proposal.ruleSet, w), total: sek(f.proposal.total, w), change: sek(f.change, w, true) }),
      f.illustrative,
    ),
  };
}
