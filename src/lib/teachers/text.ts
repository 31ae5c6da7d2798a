// The teachers' page in words: the three lesson plans with their questions
// and answers (numbers from lessons.ts, formatted for the language), the
// parameter table's cells, and the strings the link builder shows. Pure: the
// prerenderer calls it with the page language's translator.

import { FIELD_BY_ID } from '../clinic/fields.ts';
import { componentName } from '../format/explain.ts';
import { formatNumber, formatPercent, formatSek, formatSekShort, type Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import { linkContext } from './context.ts';
import { defaultChoices, buildLink, type LinkChoices } from './link.ts';
import { GROWN_LISTED, LESSON_RULES, LESSONS, type LessonFigures, type LessonId } from './lessons.ts';
import type { ParamRow } from './params.ts';

export interface LessonLink {
  label: string;
  href: string;
}

export interface LessonPlan {
  id: LessonId;
  title: string;
  goal: string;
  steps: { minutes: number; text: string }[];
  links: LessonLink[];
  questions: string[];
  answers: string[];
}

/** The links each plan gives: the explainer locked for the projector, and a question where the plan asks one. */
export function lessonLinks(id: LessonId, language: Language, site: string): { explainer: string; predict: string | null } {
  const context = linkContext();
  const base: LinkChoices = { ...defaultChoices(language, context), baseline: LESSON_RULES.now, comparisons: [LESSON_RULES.proposal] };
  const explainer: Record<LessonId, LinkChoices> = {
    incentives: { ...base, comparisons: [] },
    proposals: base,
    continuity: { ...base, comparisons: [], panels: ['totals', 'clinic', 'continuity', 'region'] },
  };
  const predict: Record<LessonId, LinkChoices | null> = {
    incentives: { ...base, comparisons: [], lock: false, projector: false, predict: 'bonus', clinic: { listedPatients: GROWN_LISTED } },
    proposals: { ...base, lock: false, projector: false, predict: 'pay' },
    continuity: null,
  };
  const link = predict[id];
  return { explainer: buildLink(explainer[id], context, site), predict: link ? buildLink(link, context, site) : null };
}

export function lessonPlans(f: LessonFigures, t: Translate, language: Language, site: string): LessonPlan[] {
  const sek = (value: number) => formatSek(value, language);
  const short = (value: number, signed = false) => formatSekShort(value, language, { signed });
  const pct = (share: number, digits = 0) => formatPercent(share, language, digits);
  const num = (value: number, digits = 0) => formatNumber(value, language, digits);
  const { paid, bonus, grown, proposal, continuity } = f;
  const clinic = paid.clinic;
  const grownGain = grown.grown.total - paid.total;
  const rest = proposal.others[0];
  const [up, down] = [proposal.shifted[0], proposal.shifted[proposal.shifted.length - 1]];
  const values: Record<LessonId, Record<string, string>> = {
    incentives: {
      total: short(paid.total),
      listing: short(paid.listing.amount),
      listingShare: pct(paid.listing.share),
      named: pct(bonus.namedDoctorShare),
      target: pct(bonus.target),
      cap: num(bonus.cap),
      perDoctor: num(bonus.patientsPerDoctor),
      perPatient: sek(bonus.perPatient),
      listed: num(clinic.listedPatients),
      ifEarned: sek(bonus.ifEarned),
      share: pct(bonus.shareOfTotal, 2),
      grownListed: num(GROWN_LISTED),
      grownPerDoctor: num(grown.grown.patientsPerDoctor),
      listedMore: num(GROWN_LISTED - clinic.listedPatients),
      grownGain: short(grownGain),
    },
    proposals: {
      baseline: short(proposal.answer.baselineTotal),
      comparison: short(proposal.answer.comparisonTotal),
      change: formatSek(proposal.answer.change, language, { signed: true }),
      relative: formatPercent(proposal.answer.relativeChange, language, 2, { signed: true }),
      up: up ? componentName(up.id, t) : '',
      upAmount: up ? short(up.change) : '',
      down: down ? componentName(down.id, t) : '',
      rest: rest ? componentName(rest.id, t) : '',
      restAmount: rest ? formatSek(rest.change, language, { signed: true }) : '',
      low: short(proposal.range.low, true),
      high: short(proposal.range.high, true),
      otherChange: short(proposal.other.change, true),
    },
    continuity: {
      perDoctor: num(continuity.patientsPerDoctor),
      listed: num(clinic.listedPatients),
      doctors: num(clinic.doctors, 1),
      guide: num(continuity.guideValue),
      needed: num(continuity.doctorsFor1100, 1),
      more: num(continuity.additionalDoctorsFor1100, 1),
      listedShare: pct(continuity.listed.value, 1),
      date: continuity.listed.date,
      felt: pct(continuity.felt.value),
    },
  };
  // Arrays in the strings: i18next returns them whole with returnObjects.
  const raw = (key: string) => (t as unknown as (k: string, o: object) => unknown)(key, { returnObjects: true });
  const list = (key: string) => raw(key) as string[];
  return LESSONS.map((id): LessonPlan => {
    const key = `teachers:plans.${id}`;
    const minutes = raw(`${key}.stepMinutes`) as number[];
    const links = lessonLinks(id, language, site);
    return {
      id,
      title: t(`${key}.title`),
      goal: t(`${key}.goal`),
      steps: list(`${key}.steps`).map((text, i) => ({ text, minutes: minutes[i] })),
      links: [
        { label: t(`${key}.linkExplainer`), href: links.explainer },
        ...(links.predict ? [{ label: t(`${key}.linkPredict`, { listed: num(GROWN_LISTED) }), href: links.predict }] : []),
      ],
      questions: list(`${key}.q`).map((_, i) => t(`${key}.q.${i}`, values[id])),
      answers: list(`${key}.a`).map((_, i) => t(`${key}.a.${i}`, values[id])),
    };
  });
}

/** A parameter table row's cells, in words. */
export function paramCells(row: ParamRow, t: Translate, language: Language): { key: string; allowed: string; meaning: string } {
  const { values } = row;
  let allowed: string;
  if (values.kind === 'flag') allowed = t('teachers:params.flag');
  else if (values.kind === 'number') {
    const percent = row.field && FIELD_BY_ID[row.field].format === 'percent';
    const digits = (String(values.step).split('.')[1] ?? '').length;
    allowed = t(`teachers:params.${percent ? 'percent' : 'number'}`, {
      min: formatNumber(values.min, language, digits),
      max: formatNumber(values.max, language, digits),
      step: formatNumber(values.step, language, digits),
    });
  } else {
    const items = values.items.join(', ');
    allowed = values.kind === 'listOf' && values.max ? t('teachers:params.listOfMax', { items, max: values.max }) : t(`teachers:params.${values.kind}`, { items });
  }
  const meaning = row.field ? t('teachers:params.clinicField', { label: t(`clinic.fields.${row.field}.label`) }) : t(`teachers:params.${row.key}`);
  return { key: row.key, allowed, meaning };
}
