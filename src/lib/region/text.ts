// The whole region in words: the answer to "how many could have a named GP?",
// the plan's year, the pace it takes and the residents used, from the same
// figures as the chart and the table. Plain functions of the inputs, the
// language and its strings; no DOM.

import { formatShortDate } from '../format/dates.ts';
import { formatNumber, formatPercent, type Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import { GP_PLAN, GUIDE_VALUE } from './data.ts';
import { coverage, gpsPerYearToReach, planGps, residentsIn } from './region.ts';


/** "about 71 %": a whole percent, or one decimal where a whole one would round a share below 1 up to 100 %. */
export function approximateShare(share: number, language: Language): string {
  return formatPercent(share, language, share < 1 && share >= 0.995 ? 1 : 0);
}

export interface RegionText {
  /** "With 1 600 GPs, about 71 % of residents could have a named GP at 1 100 each." */
  answer: string;
  perGp: string;
  /** The plan's straight line in the chosen year. */
  plan: string;
  /** The GPs a year it takes to reach the chosen number by the chosen year; empty for the plan's first year. */
  pace: string;
  /** Which count of residents is used, and whether it is held constant. */
  residents: string;
}

export function regionText({ gps, year }: { gps: number; year: number }, language: Language, t: Translate): RegionText {
  const whole = (value: number) => formatNumber(value, language);
  const residents = residentsIn(year);
  const chosen = coverage(gps, residents.value);
  const plan = coverage(planGps(year) ?? GP_PLAN.from.value, residents.value);
  const guide = whole(GUIDE_VALUE.value);
  const needed = whole(Math.ceil(chosen.gpsNeededFor1100));
  const perYear = gpsPerYearToReach(gps, year);
  const planPerYear = gpsPerYearToReach(GP_PLAN.to.value, GP_PLAN.to.year)!;
  const ends = { from: whole(GP_PLAN.from.value), fromYear: GP_PLAN.from.year, to: whole(GP_PLAN.to.value), toYear: GP_PLAN.to.year };
  return {
    answer:
      chosen.shareCoveredAt1100 >= 1
        ? t('region:answerAll', { gps: whole(gps), guide, needed })
        : t('region:answer', { gps: whole(gps), guide, share: approximateShare(chosen.shareCoveredAt1100, language) }),
    perGp: t('region:perGp', { perGp: whole(chosen.residentsPerGp), guide, needed }),
    plan: t('region:plan', { ...ends, gps: whole(plan.gps), year, share: approximateShare(plan.shareCoveredAt1100, language) }),
    pace:
      perYear === null
        ? ''
        : perYear >= 0
          ? t('region:paceMore', { ...ends, gps: whole(gps), year, perYear: whole(perYear), planPerYear: whole(planPerYear) })
          : t('region:paceFewer', { ...ends, gps: whole(gps), year }),
    residents: t(residents.heldConstant ? 'region:residentsHeld' : 'region:residentsCounted', {
      residents: whole(residents.value),
      date: formatShortDate(residents.count.date, language),
    }),
  };
}
