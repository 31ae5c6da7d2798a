// "What would it take": for one clinic under one rule set, in sentences, from
// the core's continuity result: what the named-doctor bonus asks and would pay
// (set against the clinic's total pay), and the doctors for the cap and for
// Socialstyrelsen's guide value. The strings are in the "region" namespace.

import type { ContinuityResult } from '../engine/types.ts';
import { formatNumber, formatPercent, formatSek, type Language } from './numbers.ts';
import type { Translate } from './translate.ts';

export interface ClinicNow {
  /** The clinic's full-time doctors now. */
  doctors: number;
  /** Its total pay a year under the rule set, SEK. */
  total: number;
}

export function whatItTakes(c: ContinuityResult, ruleSet: string, now: ClinicNow, language: Language, t: Translate): string[] {
  const count = (value: number) => formatNumber(value, language, value < 100 ? 1 : 0);
  const percent = (share: number) => formatPercent(share, language, Number.isInteger(Math.round(share * 1000) / 10) ? 0 : 1);
  const sentences: string[] = [];

  if (c.bonusIfEarned === null) sentences.push(t('region:takes.noBonus', { ruleSet }));
  else {
    const conditions: string[] = [];
    if (c.namedDoctorShareForBonus !== null) {
      conditions.push(t('region:takes.conditionShare', { target: percent(c.namedDoctorShareForBonus), now: percent(c.namedDoctorShare) }));
    }
    if (c.patientsPerDoctorForBonus !== null) {
      conditions.push(t('region:takes.conditionCap', { cap: count(c.patientsPerDoctorForBonus), now: count(c.patientsPerDoctor) }));
    }
    const shareOfTotal = now.total > 0 ? c.bonusIfEarned / now.total : 0;
    const values = {
      ruleSet,
      conditions: conditions.join(t('region:takes.and')),
      amount: formatSek(c.bonusIfEarned, language),
      share: formatPercent(shareOfTotal, language, shareOfTotal < 0.01 ? 2 : 1),
    };
    const key = !conditions.length ? 'bonusAlways' : c.namedDoctorBonusEarned ? 'bonusEarned' : 'bonusNeeded';
    sentences.push(t(`region:takes.${key}`, values));
  }

  if (c.patientCap === null || c.doctorsForCap === null) sentences.push(t('region:takes.noCap'));
  else {
    const values = { cap: count(c.patientCap), doctors: formatNumber(c.doctorsForCap, language, 1), now: formatNumber(now.doctors, language, 1) };
    sentences.push(
      !c.withinPatientCap
        ? t('region:takes.capNeeded', { ...values, more: formatNumber(c.additionalDoctorsForCap ?? 0, language, 1) })
        : t('region:takes.capWithin', values),
    );
  }

  sentences.push(
    t(c.withinGuideValue ? 'region:takes.guideWithin' : 'region:takes.guide', {
      guide: count(c.guideValue),
      doctors: formatNumber(c.doctorsFor1100, language, 1),
      more: formatNumber(c.additionalDoctorsFor1100, language, 1),
    }),
  );
  return sentences;
}
