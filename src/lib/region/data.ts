// The whole region's figures, each with its provenance in the shape the rule
// sets use: sourced (a document in rules/sources.json and a verbatim quote,
// checked by test/unit/region.test.ts) or derived (a formula over the sourced
// ones). Plain data; src/lib/region/region.ts computes with it.

import type { Bilingual, SourcedProvenance } from '../rules/types.ts';

export interface SourcedFigure {
  value: number;
  provenance: SourcedProvenance;
}

/** A count or share at a date: YYYY-MM or YYYY-MM-DD. */
export interface DatedFigure extends SourcedFigure {
  date: string;
}

const S_PLAN_QUOTE = 'Att nå riktvärdet förutsätter en ökning från 1240 till 2200 allmänläkare i länet fram till 2034.';
const S_PLAN_GLOSS = 'Reaching the guide value requires an increase from 1 240 to 2 200 GPs in the county by 2034.';

/** Socialstyrelsen's guide value: residents per full-time GP. */
export const GUIDE_VALUE: SourcedFigure = {
  value: 1100,
  provenance: { kind: 'sourced', source: 'lakartidningen-2022-05', quote: '1 100 residents per full-time GP specialist' },
};

/** Residents of Stockholm County, oldest first. Beyond the last count the population is held constant. */
export const RESIDENTS: readonly DatedFigure[] = [
  {
    date: '2022-02',
    value: 2354991,
    provenance: { kind: 'sourced', source: 'liberalerna-2022-03', quote: '2 354 991 residents' },
  },
  {
    date: '2024-09-30',
    value: 2469395,
    provenance: { kind: 'sourced', source: 'region-stockholm-population', quote: '2 469 395 (30 Sep 2024)' },
  },
  {
    date: '2024-12-31',
    value: 2473307,
    provenance: { kind: 'sourced', source: 'region-stockholm-population', quote: '2 473 307 (31 Dec 2024)' },
  },
];

/** The Social Democrats' action plan (seed 001): GPs in the county now and by 2034. It gives only these two ends. */
export const GP_PLAN = {
  from: {
    year: 2024,
    value: 1240,
    provenance: { kind: 'sourced', source: 'seed-s-2024-action-plan', quote: S_PLAN_QUOTE, gloss: S_PLAN_GLOSS },
  },
  to: {
    year: 2034,
    value: 2200,
    provenance: { kind: 'sourced', source: 'seed-s-2024-action-plan', quote: S_PLAN_QUOTE, gloss: S_PLAN_GLOSS },
  },
} as const satisfies Record<string, SourcedFigure & { year: number }>;

/** The share of listed residents listed on a named doctor, oldest first. */
export const NAMED_DOCTOR_SHARES: readonly DatedFigure[] = (
  [
    ['2018-11', 0.436],
    ['2021-11', 0.584],
    ['2022-02', 0.622],
  ] as const
).map(([date, value]): DatedFigure => ({
  date,
  value,
  provenance: {
    kind: 'sourced',
    source: 'liberalerna-2022-03',
    quote: '43.6 % (Nov 2018), 58.4 % (Nov 2021), 62.2 % (Feb 2022)',
  },
}));

/** Vårdanalys: about three in ten people say they have a regular doctor (nationally, 2024). */
export const FELT_REGULAR_DOCTOR: SourcedFigure = {
  value: 0.3,
  provenance: {
    kind: 'sourced',
    source: 'vardanalys-2024',
    quote: 'Tre av tio har en fast läkare och andelen ökar inte',
    gloss: 'Three in ten have a regular doctor, and the share is not rising.',
    note: {
      en: 'A national survey of what people say, not the region’s registry of who is listed on a named doctor.',
      sv: 'En nationell enkät om vad folk säger, inte regionens register över vem som är listad på en namngiven läkare.',
    },
  },
};
